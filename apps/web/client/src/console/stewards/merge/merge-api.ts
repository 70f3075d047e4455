import { ApiError } from '../../../api/api-error';
import { consoleGraphql } from '../../api/console-graphql';
import type { MergeCitizen } from './merge-preview';

const CITIZEN = `query ConsoleMergeCitizen($id: String!) {
  citizen(personalIdNumber: $id) {
    personalIdNumber fullName sex birthDate { year month day } placeOfBirth placeOfOrigin
    ethnicity { name } nationality permanentResidence { address } oldIdNumber phone email
    vitalStatus version updatedAt mergedFrom
  }
}`;

/** One citizen as the registry answers the number now (a merged duplicate's number answers its survivor). */
export async function loadCitizen(personalIdNumber: string): Promise<MergeCitizen> {
  const { citizen } = await consoleGraphql<{ citizen: MergeCitizen | null }>(CITIZEN, { id: personalIdNumber });
  if (!citizen) throw new ApiError('CITIZEN_NOT_FOUND', `No citizen ${personalIdNumber}`);
  return citizen;
}

export interface MergeRequest {
  id: string;
  status: string;
  requestedBy: string;
  baseVersion: number;
}

const REQUEST_MERGE = `mutation ConsoleRequestMerge($input: RequestMergeInput!) {
  requestMerge(input: $input) { id status requestedBy baseVersion }
}`;

/** Opens the change request a second steward approves; based on the duplicate's version. */
export async function requestMerge(input: {
  survivorPersonalIdNumber: string;
  duplicatePersonalIdNumber: string;
  expectedVersion: number;
  reason: string;
}): Promise<MergeRequest> {
  return (await consoleGraphql<{ requestMerge: MergeRequest }>(REQUEST_MERGE, { input })).requestMerge;
}
