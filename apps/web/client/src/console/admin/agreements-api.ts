import { consoleGraphql } from '../api/console-graphql';
import type { AgreementChanges, ProposalInput } from './agreement-form';

export type AgreementStatus = 'PROPOSED' | 'APPROVED' | 'REJECTED' | 'SUPERSEDED' | 'WITHDRAWN';

export interface LegalBasis {
  instrument: string;
  article: string;
  clause: string | null;
  textVi: string;
}

/** One version of an agreement, as the exchange returns it. */
export interface Agreement {
  id: string;
  agreementNumber: string;
  version: number;
  agencyCode: string;
  categories: string[];
  purposes: string[];
  legalBasis: LegalBasis;
  validFrom: string;
  validTo: string | null;
  requestsPerMinute: number | null;
  recordsPerDay: number | null;
  sealedDisclosureDays: number | null;
  status: AgreementStatus;
  proposedBy: string;
  proposedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  supersedesId: string | null;
  changeNote: string;
}

export interface AgreementWithVersions extends Agreement {
  versions: Agreement[];
}

export interface AgreementPage {
  nodes: Agreement[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  totalCount: number;
}

export interface Purpose {
  code: string;
  textVi: string;
  textEn: string;
  consentBased: boolean;
}

const FIELDS = `id agreementNumber version agencyCode categories purposes
  legalBasis { instrument article clause textVi } validFrom validTo requestsPerMinute recordsPerDay
  sealedDisclosureDays status proposedBy proposedAt decidedBy decidedAt supersedesId changeNote`;

export const AGREEMENT_PAGE_SIZE = 20;

/** One page of agreement versions (by number, then version), optionally of one status. */
export async function fetchAgreements(status: AgreementStatus | null, after: string | null): Promise<AgreementPage> {
  const { agreements } = await consoleGraphql<{ agreements: AgreementPage }>(
    `query AdminAgreements($status: AgreementStatus, $first: Int!, $after: String) {
      agreements(status: $status, first: $first, after: $after) {
        nodes { ${FIELDS} } pageInfo { endCursor hasNextPage } totalCount
      }
    }`,
    { status, first: AGREEMENT_PAGE_SIZE, after },
  );
  return agreements;
}

/** One version with every version of its agreement. */
export async function fetchAgreement(id: string): Promise<AgreementWithVersions> {
  const { agreement } = await consoleGraphql<{ agreement: AgreementWithVersions }>(
    `query AdminAgreement($id: ID!) { agreement(id: $id) { ${FIELDS} versions { ${FIELDS} } } }`,
    { id },
  );
  return agreement;
}

/** The purpose catalogue, for the form's choices. */
export async function fetchPurposes(): Promise<Purpose[]> {
  const { purposes } = await consoleGraphql<{ purposes: Purpose[] }>(
    `query AdminPurposes { purposes { code textVi textEn consentBased } }`,
  );
  return purposes;
}

export async function proposeAgreement(input: ProposalInput): Promise<Agreement> {
  const { proposeAgreement: proposed } = await consoleGraphql<{ proposeAgreement: Agreement }>(
    `mutation AdminPropose($input: ProposeAgreementInput!) { proposeAgreement(input: $input) { ${FIELDS} } }`,
    { input },
  );
  return proposed;
}

export interface Amendment {
  agreement: Agreement;
  changedTerms: string[];
  termsNeedingApproval: string[];
}

export async function amendAgreement(input: {
  agreementNumber: string;
  expectedVersion: number;
  changes: AgreementChanges;
  note: string;
}): Promise<Amendment> {
  const { amendAgreement: amendment } = await consoleGraphql<{ amendAgreement: Amendment }>(
    `mutation AdminAmend($input: AmendAgreementInput!) {
      amendAgreement(input: $input) { agreement { ${FIELDS} } changedTerms termsNeedingApproval }
    }`,
    { input },
  );
  return amendment;
}

type Decision = 'approveAgreement' | 'rejectAgreement';

/** Approves or rejects a proposed version; the server refuses its proposer (SELF_APPROVAL_FORBIDDEN). */
export async function decideAgreement(decision: Decision, id: string): Promise<Agreement> {
  const data = await consoleGraphql<Record<Decision, Agreement>>(
    `mutation AdminDecide($input: DecideAgreementInput!) { ${decision}(input: $input) { ${FIELDS} } }`,
    { input: { id } },
  );
  return data[decision];
}

export async function withdrawAgreement(agreementNumber: string, note: string): Promise<Agreement> {
  const { withdrawAgreement: withdrawn } = await consoleGraphql<{ withdrawAgreement: Agreement }>(
    `mutation AdminWithdraw($input: WithdrawAgreementInput!) { withdrawAgreement(input: $input) { ${FIELDS} } }`,
    { input: { agreementNumber, note } },
  );
  return withdrawn;
}
