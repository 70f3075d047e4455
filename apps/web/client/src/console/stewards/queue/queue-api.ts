import { consoleGraphql, consoleRequest } from '../../api/console-graphql';
import type { CurrentRecord } from './change-diff';
import { API_LIMIT } from './queue-list';

export interface ChangeRequest {
  id: string;
  kind: string;
  personalIdNumber: string;
  baseVersion: number;
  changes: string;
  reason: string;
  requestedBy: string;
  requestedAt: string;
  status: string;
}

export interface DataQualityFinding {
  id: string;
  personalIdNumber: string;
  kind: string;
  message: string;
  openedBy: string;
  openedAt: string;
}

export interface DuplicateCitizen {
  personalIdNumber: string;
  fullName: string | null;
  birthDate: { year: number; month: number | null; day: number | null } | null;
  placeOfBirth: string | null;
  oldIdNumber: string | null;
}

export interface DuplicateCandidate {
  reason: string;
  citizens: DuplicateCitizen[];
}

const REQUEST_FIELDS = 'id kind personalIdNumber baseVersion changes reason requestedBy requestedAt status';
const CURRENT_FIELDS =
  'personalIdNumber fullName familyName middleName givenName sex birthDate { year month day } oldIdNumber vitalStatus vitalStatusDate version';

/** One page of a queue (oldest first, at most API_LIMIT; the API has no cursor), and how many wait in all. */
export interface QueuePage<T> {
  items: T[];
  total: number;
}

export async function pendingChangeRequests(): Promise<QueuePage<ChangeRequest>> {
  const data = await consoleGraphql<{ changeRequests: ChangeRequest[]; changeRequestCount: number }>(
    `query PendingChangeRequests($first: Int!) {
      changeRequests(status: "pending", first: $first) { ${REQUEST_FIELDS} }
      changeRequestCount(status: "pending")
    }`,
    { first: API_LIMIT },
  );
  return { items: data.changeRequests, total: data.changeRequestCount };
}

/**
 * The records the requests are for, as they stand now, by personal ID number. Partial: a
 * record that cannot be read is missing from the map and its diff says "not known".
 */
export async function currentRecords(numbers: string[]): Promise<Map<string, CurrentRecord>> {
  const unique = [...new Set(numbers)];
  if (unique.length === 0) return new Map();
  const { data } = await consoleRequest<{ citizens: (CurrentRecord | null)[] | null }>(
    `query QueueRecords($numbers: [String!]!) { citizens(personalIdNumbers: $numbers) { ${CURRENT_FIELDS} } }`,
    { numbers: unique },
  );
  const records = (data?.citizens ?? []).filter((record): record is CurrentRecord => record !== null);
  return new Map(records.map((record) => [record.personalIdNumber, record]));
}

export type Decision = 'approve' | 'reject';

export async function decideChangeRequest(decision: Decision, id: string, note: string | null): Promise<ChangeRequest> {
  const mutation = decision === 'approve' ? 'approveChangeRequest' : 'rejectChangeRequest';
  const data = await consoleGraphql<Record<string, ChangeRequest>>(
    `mutation Decide($input: DecideChangeRequestInput!) { ${mutation}(input: $input) { ${REQUEST_FIELDS} } }`,
    { input: { id, note } },
  );
  return data[mutation];
}

export async function openFindings(): Promise<QueuePage<DataQualityFinding>> {
  const data = await consoleGraphql<{ dataQualityFindings: DataQualityFinding[]; dataQualityFindingCount: number }>(
    `query OpenFindings($first: Int!) {
      dataQualityFindings(status: "open", first: $first) { id personalIdNumber kind message openedBy openedAt }
      dataQualityFindingCount(status: "open")
    }`,
    { first: API_LIMIT },
  );
  return { items: data.dataQualityFindings, total: data.dataQualityFindingCount };
}

export async function resolveFinding(id: string, resolution: string): Promise<void> {
  await consoleGraphql(
    `mutation ResolveFinding($input: ResolveDataQualityFindingInput!) { resolveDataQualityFinding(input: $input) { id } }`,
    { input: { id, resolution } },
  );
}

export async function duplicateCandidates(): Promise<QueuePage<DuplicateCandidate>> {
  const data = await consoleGraphql<{ duplicateCandidates: DuplicateCandidate[]; duplicateCandidateCount: number }>(
    `query Duplicates($first: Int!) {
      duplicateCandidates(first: $first) {
        reason citizens { personalIdNumber fullName birthDate { year month day } placeOfBirth oldIdNumber }
      }
      duplicateCandidateCount
    }`,
    { first: API_LIMIT },
  );
  return { items: data.duplicateCandidates, total: data.duplicateCandidateCount };
}
