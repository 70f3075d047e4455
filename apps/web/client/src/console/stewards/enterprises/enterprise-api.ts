import type { CursorPage } from '../../../app/use-more-pages';
import { ApiError } from '../../../api/api-error';
import { consoleGraphql } from '../../api/console-graphql';

export interface EnterpriseVersion {
  version: number;
  changeKind: string;
  reason: string;
  changedBy: string;
  recordedAt: string;
}

export interface Representative {
  title: string;
  citizen: { personalIdNumber: string } | null;
}

export interface Branch {
  branchCode: string;
  kind: string;
  name: string;
  provinceCode: string;
  address: string;
}

export interface EnterpriseRecord {
  enterpriseCode: string;
  name: string | null;
  foreignName: string | null;
  abbreviation: string | null;
  type: string | null;
  status: string | null;
  establishmentDate: string | null;
  headOfficeProvinceCode: string | null;
  headOfficeAddress: string | null;
  charterCapital: string | null;
  version: number | null;
  legalRepresentatives: Representative[] | null;
  businessLines: { vsicVersion: string; code: string; isMain: boolean }[] | null;
  owners:
    | {
        citizen: { personalIdNumber: string } | null;
        enterpriseCode: string | null;
        name: string | null;
        capitalContribution: string;
      }[]
    | null;
  branches: Branch[] | null;
  history: EnterpriseVersion[] | null;
  statusHistory: { status: string; since: string; reason: string }[] | null;
}

const ENTERPRISE = `query ConsoleEnterprise($code: String!) {
  enterprise(enterpriseCode: $code) {
    enterpriseCode name foreignName abbreviation type status establishmentDate
    headOfficeProvinceCode headOfficeAddress charterCapital version
    legalRepresentatives { title citizen { personalIdNumber } }
    businessLines { vsicVersion code isMain }
    owners { citizen { personalIdNumber } enterpriseCode name capitalContribution }
    branches { branchCode kind name provinceCode address }
    history { version changeKind reason changedBy recordedAt }
    statusHistory { status since reason }
  }
}`;

/**
 * One enterprise as the steward sees it. Representatives and owners are named by number only:
 * their names are population data, which the policy refuses a business steward (OTHER_REGISTRY).
 */
export async function loadEnterprise(code: string): Promise<EnterpriseRecord> {
  const { enterprise } = await consoleGraphql<{ enterprise: EnterpriseRecord | null }>(ENTERPRISE, { code });
  if (!enterprise) throw new ApiError('ENTERPRISE_NOT_FOUND', `No enterprise with code ${code}`);
  return enterprise;
}

/** What each amendment sends; every one names the version the steward read. */
export type Amendment =
  | { kind: 'status'; input: { enterpriseCode: string; expectedVersion: number; status: string; reason: string } }
  | {
      kind: 'addRepresentative' | 'removeRepresentative';
      input: {
        enterpriseCode: string;
        expectedVersion: number;
        personalIdNumber: string;
        title?: string;
        reason: string;
      };
    }
  | {
      kind: 'branch';
      input: {
        branchCode: string;
        expectedVersion: number;
        kind: string;
        name: string;
        location: { provinceCode: string; address: string };
        reason: string;
      };
    };

const MUTATIONS: Record<Amendment['kind'], string> = {
  status: `mutation($input: ChangeEnterpriseStatusInput!) { changeEnterpriseStatus(input: $input) { version } }`,
  addRepresentative: `mutation($input: AmendRepresentativeInput!) { addLegalRepresentative(input: $input) { version } }`,
  removeRepresentative: `mutation($input: AmendRepresentativeInput!) { removeLegalRepresentative(input: $input) { version } }`,
  branch: `mutation($input: RegisterBranchInput!) { registerBranch(input: $input) { version } }`,
};

/** Sends one amendment; answers the enterprise's new version. */
export async function amend(amendment: Amendment): Promise<number> {
  const data = await consoleGraphql<Record<string, { version: number }>>(MUTATIONS[amendment.kind], {
    input: amendment.input,
  });
  return Object.values(data)[0].version;
}

/** One enterprise in the results of a name search. */
export interface EnterpriseHit {
  enterpriseCode: string;
  name: string | null;
  foreignName: string | null;
  status: string | null;
  headOfficeAddress: string | null;
}

export type EnterpriseHitPage = CursorPage<EnterpriseHit>;

const SEARCH = `query ConsoleSearchEnterprises($name: String!, $after: String) {
  searchEnterprises(name: $name, first: 20, after: $after) {
    nodes { enterpriseCode name foreignName status headOfficeAddress }
    pageInfo { endCursor hasNextPage }
  }
}`;

/** Enterprises whose Vietnamese, foreign or abbreviated name holds the text, diacritics and case ignored. */
export async function searchEnterprises(name: string, after: string | null): Promise<EnterpriseHitPage> {
  return (await consoleGraphql<{ searchEnterprises: EnterpriseHitPage }>(SEARCH, { name, after })).searchEnterprises;
}
