import { isBirthRegistrationCode } from './reference/legacy-provinces';

export type Sex = 'male' | 'female';

/** What the 12 digits of a personal ID number (số định danh cá nhân) say. */
export interface PersonalIdParts {
  /** PPP: where the birth was registered (legacy province code, or a country code). */
  birthRegistrationCode: string;
  sex: Sex;
  birthYear: number;
  /** RRRRRR */
  serial: string;
}

export type PersonalIdProblem = 'FORMAT' | 'UNKNOWN_REGISTRATION_CODE';

/** Why a personal ID number is malformed, or null if it is well-formed. */
export function personalIdProblem(value: string): PersonalIdProblem | null {
  if (!/^\d{12}$/.test(value)) return 'FORMAT';
  return isBirthRegistrationCode(value.slice(0, 3)) ? null : 'UNKNOWN_REGISTRATION_CODE';
}

export function isPersonalIdNumber(value: string): boolean {
  return personalIdProblem(value) === null;
}

/** The parts of a well-formed personal ID number; null if it is not well-formed. */
export function parsePersonalIdNumber(value: string): PersonalIdParts | null {
  if (!isPersonalIdNumber(value)) return null;
  // G: century and sex. 0/1 → 1900s, 2/3 → 2000s, 4/5 → 2100s, …; even is male.
  const g = Number(value[3]);
  return {
    birthRegistrationCode: value.slice(0, 3),
    sex: g % 2 === 0 ? 'male' : 'female',
    birthYear: 1900 + Math.floor(g / 2) * 100 + Number(value.slice(4, 6)),
    serial: value.slice(6),
  };
}

/** A mismatch between the number and the record: a data-quality finding, never a rejection. */
export interface PersonalIdFinding {
  kind: 'BIRTH_YEAR_MISMATCH' | 'SEX_MISMATCH';
  message: string;
}

/**
 * Compares what the number encodes with the recorded birth year and sex. Numbers are
 * re-issued after corrections, so a mismatch is reported for a steward to look at.
 */
export function personalIdFindings(
  value: string,
  record: { birthYear: number | null; sex: Sex | null },
): PersonalIdFinding[] {
  const parts = parsePersonalIdNumber(value);
  if (!parts) return [];
  const findings: PersonalIdFinding[] = [];
  if (record.birthYear !== null && parts.birthYear !== record.birthYear) {
    findings.push({
      kind: 'BIRTH_YEAR_MISMATCH',
      message: `the number encodes birth year ${parts.birthYear}, the record says ${record.birthYear}`,
    });
  }
  if (record.sex !== null && parts.sex !== record.sex) {
    findings.push({ kind: 'SEX_MISMATCH', message: `the number encodes ${parts.sex}, the record says ${record.sex}` });
  }
  return findings;
}

/** The century-and-sex digit G for a birth year and sex (the inverse of parsePersonalIdNumber). */
export function centurySexDigit(birthYear: number, sex: Sex): number {
  const century = Math.floor((birthYear - 1900) / 100);
  if (century < 0 || century > 4) throw new RangeError(`no century digit for ${birthYear}`);
  return century * 2 + (sex === 'female' ? 1 : 0);
}
