import { MoveAccessCoreToAccessSchema1796400000000 } from './access/1796400000000-move-access-core-to-access-schema';
import { CreateEnterprises1795440000001 } from './business/1795440000001-create-enterprises';
import { AddBranches1795444172874 } from './business/1795444172874-add-branches';
import { AddOwnerAndBranchEnterpriseIndexes1795446003012 } from './business/1795446003012-add-owner-and-branch-enterprise-indexes';
import { AddEnterpriseRecordAndAmendments1795443719037 } from './business/1795443719037-add-enterprise-record-and-amendments';
import { CreateAgencies1795440000002 } from './exchange/1795440000002-create-agencies';
import { AddPurposesSystemsAndAgreements1795448381706 } from './exchange/1795448381706-add-purposes-systems-and-agreements';
import { CreateAccessDisputes1796221945182 } from './exchange/1796221945182-create-access-disputes';
import { AddCheckpointCosignature1796200000000 } from './exchange/1796200000000-add-checkpoint-cosignature';
import { AddBulkAndSubjectAgencyIndex1796300000000 } from './exchange/1796300000000-add-bulk-and-subject-agency-index';
import { CreateLogVerificationRuns1796307856991 } from './exchange/1796307856991-create-log-verification-runs';
import { CreateAccessLog1795451693404 } from './exchange/1795451693404-create-access-log';
import { CreateClientAssertions1795449206359 } from './exchange/1795449206359-create-client-assertions';
import { CreateConsents1795455063436 } from './exchange/1795455063436-create-consents';
import { CreateAgreementDailyRecords1796191224529 } from './exchange/1796191224529-create-agreement-daily-records';
import { AddPurposeConsentBasis1796191336558 } from './exchange/1796191336558-add-purpose-consent-basis';
import { AddSystemKeyApproval1796191336559 } from './exchange/1796191336559-add-system-key-approval';
import { AddSealedDisclosure1795451952554 } from './exchange/1795451952554-add-sealed-disclosure';
import { AddClientRequestId1795457201010 } from './exchange/1795457201010-add-client-request-id';
import { CreateCitizens1795440000000 } from './population/1795440000000-create-citizens';
import { AddCitizenDetailsAndVersions1795442287411 } from './population/1795442287411-add-citizen-details-and-versions';
import { AddSensitiveChangesAndMerges1795443334079 } from './population/1795443334079-add-sensitive-changes-and-merges';
import { AddFamilyResidencesAndFindings1795443982263 } from './population/1795443982263-add-family-residences-and-findings';
import { AddOriginAndBloodGroup1795445146899 } from './population/1795445146899-add-origin-and-blood-group';
import { CreateCitizenImports1796307839839 } from './population/1796307839839-create-citizen-imports';
import { CreateReferenceData1795440000003 } from './reference/1795440000003-create-reference-data';

/** The contexts whose tables the migrations make: one schema each (and shared reference data). */
export const MIGRATION_CONTEXTS = ['reference', 'population', 'business', 'exchange', 'access'] as const;
export type MigrationContext = (typeof MIGRATION_CONTEXTS)[number];

/**
 * Each context's migrations, in the order they must run. Listed rather than globbed so that the
 * same lists serve the compiled apps, the tools and the tests. A context's migrations touch its
 * own schema only, so a context may live in a database of its own (population's does in the
 * split-database tests); the exchange's and the access core's share one, as the exchange manages
 * the core. Never edit one that has landed: add a new one with
 * `npm run migration:generate -- <context> <verb-object>`.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS_BY_CONTEXT: Record<MigrationContext, Function[]> = {
  reference: [CreateReferenceData1795440000003],
  population: [
    CreateCitizens1795440000000,
    AddCitizenDetailsAndVersions1795442287411,
    AddSensitiveChangesAndMerges1795443334079,
    AddFamilyResidencesAndFindings1795443982263,
    AddOriginAndBloodGroup1795445146899,
    CreateCitizenImports1796307839839,
  ],
  business: [
    CreateEnterprises1795440000001,
    AddEnterpriseRecordAndAmendments1795443719037,
    AddBranches1795444172874,
    AddOwnerAndBranchEnterpriseIndexes1795446003012,
  ],
  exchange: [
    CreateAgencies1795440000002,
    AddPurposesSystemsAndAgreements1795448381706,
    CreateClientAssertions1795449206359,
    CreateAccessLog1795451693404,
    AddSealedDisclosure1795451952554,
    CreateConsents1795455063436,
    AddClientRequestId1795457201010,
    CreateAgreementDailyRecords1796191224529,
    AddPurposeConsentBasis1796191336558,
    AddSystemKeyApproval1796191336559,
    AddCheckpointCosignature1796200000000,
    CreateAccessDisputes1796221945182,
    AddBulkAndSubjectAgencyIndex1796300000000,
    CreateLogVerificationRuns1796307856991,
  ],
  access: [MoveAccessCoreToAccessSchema1796400000000],
};

/** The migrations of `contexts` in one list, in the order they were written (their timestamps). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export function migrationsOf(contexts: readonly MigrationContext[]): Function[] {
  const timestamp = (migration: { name: string }) => Number(/(\d{13})$/.exec(migration.name)![1]);
  return contexts.flatMap((context) => MIGRATIONS_BY_CONTEXT[context]).sort((a, b) => timestamp(a) - timestamp(b));
}

/** Every migration, for a database that holds every context (the default). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const ALL_MIGRATIONS: Function[] = migrationsOf(MIGRATION_CONTEXTS);
