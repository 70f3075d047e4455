import { request } from '../../api/graphql';
import { ApiError } from '../../api/api-error';

export interface Residence {
  provinceCode: string | null;
  address: string | null;
}

export interface EnterpriseRole {
  role: string;
  title: string | null;
  capitalContribution: string | null;
  enterpriseCode: string;
}

export interface FamilyLink {
  relation: 'FATHER' | 'MOTHER' | 'SPOUSE' | 'CHILD' | 'LEGAL_REPRESENTATIVE';
  personalIdNumber: string | null;
  name: string | null;
  nationality: string | null;
}

/** The record as the population and business registries answer it; null where nothing is held. */
export interface CitizenRecord {
  personalIdNumber: string;
  fullName: string | null;
  otherNames: string[] | null;
  sex: 'MALE' | 'FEMALE' | null;
  birthDate: { year: number; month: number | null; day: number | null } | null;
  placeOfBirth: string | null;
  birthRegistrationPlace: string | null;
  placeOfOrigin: string | null;
  ethnicity: { code: string; name: string } | null;
  religion: string | null;
  nationality: string | null;
  identityCard: { issueDate: string | null; issuePlace: string | null; expiryDate: string | null } | null;
  oldIdNumber: string | null;
  bloodGroup: string | null;
  permanentResidence: Residence | null;
  temporaryResidence: Residence | null;
  currentResidence: Residence | null;
  household: { number: string | null; relationshipToHead: string | null } | null;
  maritalStatus: 'SINGLE' | 'MARRIED' | 'DIVORCED' | 'WIDOWED' | null;
  familyLinks: FamilyLink[] | null;
  phone: string | null;
  email: string | null;
  vitalStatus: 'ALIVE' | 'DECEASED' | 'MISSING' | null;
  vitalStatusDate: string | null;
  version: number | null;
  updatedAt: string | null;
  enterpriseRoles: EnterpriseRole[] | null;
}

export type CitizenField = Exclude<keyof CitizenRecord, 'personalIdNumber'>;

const CITIZEN = `query MyRecord($personalIdNumber: String!) {
  citizen(personalIdNumber: $personalIdNumber) {
    personalIdNumber fullName otherNames sex birthDate { year month day } placeOfBirth birthRegistrationPlace
    placeOfOrigin ethnicity { code name } religion nationality
    identityCard { issueDate issuePlace expiryDate } oldIdNumber
    bloodGroup
    permanentResidence { provinceCode address } temporaryResidence { provinceCode address }
    currentResidence { provinceCode address } household { number relationshipToHead }
    maritalStatus familyLinks { relation personalIdNumber name nationality }
    phone email
    vitalStatus vitalStatusDate
    version updatedAt
    enterpriseRoles { role title capitalContribution enterpriseCode }
  }
}`;

export interface MyRecord {
  citizen: CitizenRecord;
  /** Fields the policy withheld (null with a FORBIDDEN error at their path), by the reason's code. */
  withheld: Map<string, string>;
  /** Fields whose registry did not answer (an error at their path other than a refusal). */
  unavailable: Set<string>;
}

/**
 * The signed-in citizen's own record. A field with an error at its path is withheld or could
 * not be read; it is told apart from a field the registry simply does not hold (null, no error).
 */
export async function loadMyRecord(personalIdNumber: string): Promise<MyRecord> {
  const { data, errors } = await request<{ citizen: CitizenRecord | null }>(CITIZEN, { personalIdNumber });
  const withheld = new Map<string, string>();
  const unavailable = new Set<string>();
  for (const error of errors) {
    const [root, field] = error.path ?? [];
    const code = error.extensions?.code ?? 'INTERNAL';
    if (root !== 'citizen' || typeof field !== 'string') {
      // An error for the whole record: nothing to show field by field.
      throw new ApiError(code, error.message, error.extensions ?? {});
    }
    const reason = error.extensions?.reason;
    if (code === 'FORBIDDEN') withheld.set(field, typeof reason === 'string' ? reason : code);
    else unavailable.add(field);
  }
  if (!data?.citizen) throw new ApiError('CITIZEN_NOT_FOUND', 'no record is held for this personal ID number');
  return { citizen: data.citizen, withheld, unavailable };
}
