import type { Basis } from '../../../pages/tracker/tracker-api';
import { consoleGraphql } from '../../api/console-graphql';

export type DisputeStatus = 'OPEN' | 'UNDER_REVIEW' | 'ANSWERED' | 'UPHELD' | 'REJECTED';
export const DISPUTE_STATUSES: readonly DisputeStatus[] = ['OPEN', 'UNDER_REVIEW', 'ANSWERED', 'UPHELD', 'REJECTED'];

export type DisputeOutcome = 'ANSWERED' | 'UPHELD' | 'REJECTED';
export const DISPUTE_OUTCOMES: readonly DisputeOutcome[] = ['ANSWERED', 'UPHELD', 'REJECTED'];

export interface DisputedRecord {
  seq: string;
  time: string;
  outcome: 'RELEASED' | 'REFUSED';
  requestId: string;
  recordedBy: string;
  callerKind: string;
  callerId: string;
  agencyCode: string | null;
  agencyName: string | null;
  officerId: string | null;
  caseReference: string | null;
  purpose: string | null;
  subjectId: string;
  categories: string[];
  fields: string[];
  bases: (Basis & { reason: string | null })[];
  sealedUntil: string | null;
  bulk: boolean;
}

export interface DisputeVersion {
  version: number;
  status: DisputeStatus;
  changedByKind: 'CITIZEN' | 'AUDITOR';
  changedBy: string;
  changedAt: string;
  answer: string | null;
}

export interface AccessDispute {
  id: string;
  entrySeq: string;
  personalIdNumber: string;
  text: string;
  status: DisputeStatus;
  answer: string | null;
  reviewedBy: string | null;
  decidedBy: string | null;
  openedAt: string;
  reviewedAt: string | null;
  decidedAt: string | null;
  version: number;
  entry: { time: string; agencyCode: string | null; agencyName: string | null; purposeText: string | null };
  /** In the queue only seq, time, agency and purpose are asked for. */
  accessRecord: DisputedRecord | null;
}

export interface DisputePage {
  nodes: AccessDispute[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

/** What the queue shows of each dispute: every listing is recorded as a read, so it asks for no more. */
const COMMON_FIELDS = `id entrySeq personalIdNumber status openedAt decidedAt version text answer reviewedBy decidedBy
  reviewedAt entry { time agencyCode agencyName purposeText }`;
const QUEUE_FIELDS = `${COMMON_FIELDS} accessRecord { seq time agencyCode agencyName purpose }`;

const DISPUTE_FIELDS = `${COMMON_FIELDS}
  accessRecord { seq time outcome requestId recordedBy callerKind callerId agencyCode agencyName officerId caseReference
    purpose subjectId categories fields sealedUntil bulk
    bases { category categoryTextVi kind agreementNumber agreementVersion consentId reason citation { instrument article clause textVi } } }
  history { version status changedByKind changedBy changedAt answer }`;

/** The queue, oldest first, a page at a time. */
export async function listDisputes(
  status: DisputeStatus | null,
  first: number,
  after: string | null,
): Promise<DisputePage> {
  const { accessDisputes } = await consoleGraphql<{ accessDisputes: DisputePage }>(
    `query AccessDisputes($status: AccessDisputeStatus, $first: Int!, $after: String) {
      accessDisputes(status: $status, first: $first, after: $after) {
        nodes { ${QUEUE_FIELDS} } pageInfo { endCursor hasNextPage } } }`,
    { status, first, after },
  );
  return accessDisputes;
}

export type FullDispute = AccessDispute & { history: DisputeVersion[] };

export async function getDispute(id: string): Promise<FullDispute> {
  const { accessDispute } = await consoleGraphql<{ accessDispute: FullDispute }>(
    `query AccessDispute($id: ID!) { accessDispute(id: $id) { ${DISPUTE_FIELDS} } }`,
    { id },
  );
  return accessDispute;
}

/** Takes an OPEN dispute up, so the citizen sees someone is looking (the API's required first step). */
export async function reviewDispute(id: string, expectedVersion: number): Promise<FullDispute> {
  const { reviewAccessDispute } = await consoleGraphql<{ reviewAccessDispute: FullDispute }>(
    `mutation ReviewAccessDispute($input: ReviewAccessDisputeInput!) {
      reviewAccessDispute(input: $input) { ${DISPUTE_FIELDS} } }`,
    { input: { id, expectedVersion } },
  );
  return reviewAccessDispute;
}

/** Decides a dispute UNDER_REVIEW: final. */
export async function answerDispute(
  id: string,
  expectedVersion: number,
  outcome: DisputeOutcome,
  answer: string,
): Promise<FullDispute> {
  const { answerAccessDispute } = await consoleGraphql<{ answerAccessDispute: FullDispute }>(
    `mutation AnswerAccessDispute($input: AnswerAccessDisputeInput!) {
      answerAccessDispute(input: $input) { ${DISPUTE_FIELDS} } }`,
    { input: { id, expectedVersion, outcome, answer } },
  );
  return answerAccessDispute;
}
