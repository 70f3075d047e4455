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

/**
 * Every migration, in the order it must run. Listed rather than globbed so that the same
 * list serves the compiled apps, the tools and the tests. Never edit one that has landed:
 * add a new one with `npm run migration:generate -- <context> <verb-object>`.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const ALL_MIGRATIONS: Function[] = [
  CreateCitizens1795440000000,
  CreateEnterprises1795440000001,
  CreateAgencies1795440000002,
  CreateReferenceData1795440000003,
  AddCitizenDetailsAndVersions1795442287411,
  AddSensitiveChangesAndMerges1795443334079,
  AddEnterpriseRecordAndAmendments1795443719037,
  AddFamilyResidencesAndFindings1795443982263,
  AddBranches1795444172874,
  AddOriginAndBloodGroup1795445146899,
  AddOwnerAndBranchEnterpriseIndexes1795446003012,
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
  CreateCitizenImports1796307839839,
  CreateLogVerificationRuns1796307856991,
  MoveAccessCoreToAccessSchema1796400000000,
];
