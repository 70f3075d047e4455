import type { CursorPage } from '../../../app/use-more-pages';
import { consoleGraphql } from '../../api/console-graphql';

import type { CitizenRecord as PortalCitizenRecord, FamilyLink, Residence } from '../../../pages/record/record-query';

export type { FamilyLink, Residence };

// One record shape for the portal and the console: the citizen's own page and the steward's
// read the same population fields; the steward's adds the name's parts and the merge link.
export type Sex = NonNullable<PortalCitizenRecord['sex']>;
export type MaritalStatus = NonNullable<PortalCitizenRecord['maritalStatus']>;
export type VitalStatus = NonNullable<PortalCitizenRecord['vitalStatus']>;
export type FamilyRelation = NonNullable<PortalCitizenRecord['familyLinks']>[number]['relation'];
export type PartialDate = NonNullable<PortalCitizenRecord['birthDate']>;

/** One version of a citizen's record as the population subgraph answers a steward. */
export interface CitizenRecord extends Omit<PortalCitizenRecord, 'enterpriseRoles'> {
  familyName: string | null;
  middleName: string | null;
  givenName: string | null;
  mergedFrom: string | null;
}

export interface CitizenVersion {
  version: number;
  changeKind: string;
  reason: string;
  changedBy: string;
  recordedAt: string;
  record: CitizenRecord;
}

export interface CitizenWithHistory extends CitizenRecord {
  history: CitizenVersion[] | null;
}

const RECORD_FIELDS = `personalIdNumber familyName middleName givenName fullName otherNames sex
  birthDate { year month day } placeOfBirth birthRegistrationPlace placeOfOrigin ethnicity { code name }
  religion nationality identityCard { issueDate issuePlace expiryDate } oldIdNumber bloodGroup
  permanentResidence { provinceCode address } temporaryResidence { provinceCode address }
  currentResidence { provinceCode address } household { number relationshipToHead }
  maritalStatus familyLinks { relation personalIdNumber name nationality }
  phone email vitalStatus vitalStatusDate version updatedAt`;

const CITIZEN = `query StewardCitizen($personalIdNumber: String!, $asOf: DateTime) {
  citizen(personalIdNumber: $personalIdNumber, asOf: $asOf) {
    ${RECORD_FIELDS} mergedFrom
    history { version changeKind reason changedBy recordedAt record { ${RECORD_FIELDS} } }
  }
}`;

/** The record now, or as the registry knew it at `asOf`; null when none was held (then). */
export async function loadCitizen(personalIdNumber: string, asOf: string | null): Promise<CitizenWithHistory | null> {
  const { citizen } = await consoleGraphql<{ citizen: CitizenWithHistory | null }>(CITIZEN, {
    personalIdNumber,
    asOf,
  });
  return citizen;
}

export interface SearchArgs {
  name: string;
  birthYear: number | null;
  sex: Sex | null;
}

export interface SearchHit {
  personalIdNumber: string;
  fullName: string | null;
  sex: Sex | null;
  birthDate: PartialDate | null;
  permanentResidence: Residence | null;
  vitalStatus: VitalStatus | null;
}

export type SearchPage = CursorPage<SearchHit>;

export const SEARCH_PAGE_SIZE = 20;

const SEARCH = `query SearchCitizens($name: String!, $birthYear: Int, $sex: Sex, $first: Int!, $after: String) {
  searchCitizens(name: $name, birthYear: $birthYear, sex: $sex, first: $first, after: $after) {
    nodes { personalIdNumber fullName sex birthDate { year month day } permanentResidence { provinceCode address } vitalStatus }
    pageInfo { endCursor hasNextPage }
  }
}`;

/** One page of the name search; the subgraph ignores diacritics and case. */
export async function searchCitizens(args: SearchArgs, after: string | null): Promise<SearchPage> {
  const { searchCitizens: page } = await consoleGraphql<{ searchCitizens: SearchPage }>(SEARCH, {
    ...args,
    first: SEARCH_PAGE_SIZE,
    after,
  });
  return page;
}

/** The fields correctCitizen takes (CitizenDetailsInput): omitted unchanged, null cleared. */
export type DetailChanges = Partial<{
  placeOfBirth: string | null;
  birthRegistrationPlace: string | null;
  placeOfOrigin: string | null;
  bloodGroup: string | null;
  ethnicityCode: string | null;
  religion: string | null;
  nationality: string | null;
  maritalStatus: MaritalStatus | null;
  permanentResidence: { provinceCode: string; address: string } | null;
  temporaryResidence: { provinceCode: string; address: string } | null;
  currentResidence: { provinceCode: string; address: string } | null;
  otherNames: string[] | null;
  identityCard: { issueDate: string; issuePlace: string; expiryDate: string | null } | null;
  household: { number: string; relationshipToHead: string } | null;
  familyLinks: FamilyLink[] | null;
  phone: string | null;
  email: string | null;
}>;

/** The identity fields requestIdentityCorrection takes (IdentityChangesInput): a second steward approves. */
export type IdentityChanges = Partial<{
  familyName: string;
  middleName: string;
  givenName: string;
  sex: Sex;
  birthDate: PartialDate;
  oldIdNumber: string;
}>;

const CORRECT = `mutation CorrectCitizen($input: CorrectCitizenInput!) { correctCitizen(input: $input) { version } }`;

/** Applies a correction of details at once; STALE_VERSION when the record moved past `expectedVersion`. */
export async function correctCitizen(
  personalIdNumber: string,
  expectedVersion: number,
  changes: DetailChanges,
  reason: string,
): Promise<number> {
  const { correctCitizen: result } = await consoleGraphql<{ correctCitizen: { version: number } }>(CORRECT, {
    input: { personalIdNumber, expectedVersion, changes, reason },
  });
  return result.version;
}

const REQUEST_IDENTITY = `mutation RequestIdentityCorrection($input: RequestIdentityCorrectionInput!) {
  requestIdentityCorrection(input: $input) { id status baseVersion }
}`;

/** Opens a change request for identity fields; nothing changes until a second steward approves. */
export async function requestIdentityCorrection(
  personalIdNumber: string,
  expectedVersion: number,
  changes: IdentityChanges,
  reason: string,
): Promise<{ id: string; status: string; baseVersion: number }> {
  const { requestIdentityCorrection: request } = await consoleGraphql<{
    requestIdentityCorrection: { id: string; status: string; baseVersion: number };
  }>(REQUEST_IDENTITY, { input: { personalIdNumber, expectedVersion, changes, reason } });
  return request;
}

const REQUEST_VITAL = `mutation RequestVitalStatusChange($input: RequestVitalStatusChangeInput!) {
  requestVitalStatusChange(input: $input) { id status baseVersion }
}`;

export interface VitalChange {
  vitalStatus: VitalStatus;
  /** YYYY-MM-DD of death or of being declared missing; null for ALIVE. */
  date: string | null;
}

/** Opens a change request for the vital status; a second steward approves. */
export async function requestVitalStatusChange(
  personalIdNumber: string,
  expectedVersion: number,
  change: VitalChange,
  reason: string,
): Promise<{ id: string; status: string; baseVersion: number }> {
  const { requestVitalStatusChange: request } = await consoleGraphql<{
    requestVitalStatusChange: { id: string; status: string; baseVersion: number };
  }>(REQUEST_VITAL, { input: { personalIdNumber, expectedVersion, ...change, reason } });
  return request;
}
