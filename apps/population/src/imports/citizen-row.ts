import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { InvalidInputError } from '@app/errors';
import { personalIdFindings } from '@app/identifiers';
import type { CitizenColumn, CitizenCsvRow } from './citizen-columns';
import { RegisterCitizenInput, checkPartialDate, identityColumns } from '../records';

/** A citizen ready for population.citizens, with the values as registerCitizen would store them. */
export interface NewCitizen {
  personalIdNumber: string;
  familyName: string;
  middleName: string;
  givenName: string;
  searchName: string;
  sex: string;
  birthYear: number;
  birthMonth: number | null;
  birthDay: number | null;
  placeOfBirth: string | null;
  ethnicityCode: string | null;
  permanentProvinceCode: string | null;
  permanentAddress: string | null;
  phone: string | null;
  email: string | null;
}

/** What is wrong with a row: the file's column (or `reason`) and why. */
export interface RowProblem {
  column: CitizenColumn | 'reason';
  reason: string;
}

export type RowVerdict =
  { citizen: NewCitizen; problems?: undefined; idMismatch: boolean } | { citizen?: undefined; problems: RowProblem[] };

// The same options as the API's validation pipe (libs/validation), so a row passes here exactly
// when the same values would pass registerCitizen.
const VALIDATION = { whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: true };

const COLUMN_OF: Readonly<Record<string, RowProblem['column']>> = {
  personalIdNumber: 'personal_id_number',
  familyName: 'family_name',
  middleName: 'middle_name',
  givenName: 'given_name',
  sex: 'sex',
  birthDate: 'birth_year',
  'birthDate.year': 'birth_year',
  'birthDate.month': 'birth_month',
  'birthDate.day': 'birth_day',
  placeOfBirth: 'place_of_birth',
  ethnicityCode: 'ethnicity_code',
  permanentResidence: 'permanent_province_code',
  'permanentResidence.provinceCode': 'permanent_province_code',
  'permanentResidence.address': 'permanent_address',
  phone: 'phone',
  email: 'email',
  reason: 'reason',
};

/**
 * Checks a row of a citizens file with the rules of registerCitizen: the input class's
 * class-validator rules, then checkPartialDate. Empty cells are "not known" (null), as the
 * API's omitted fields are; text comes out trimmed and in NFC, as the API stores it.
 */
export async function validateCitizenRow(row: CitizenCsvRow, reason: string, today: Date): Promise<RowVerdict> {
  const input = plainToInstance(RegisterCitizenInput, {
    personalIdNumber: row.personal_id_number,
    familyName: row.family_name,
    middleName: optional(row.middle_name),
    givenName: row.given_name,
    sex: row.sex,
    birthDate: {
      year: integer(row.birth_year) ?? undefined,
      month: integer(row.birth_month),
      day: integer(row.birth_day),
    },
    placeOfBirth: optional(row.place_of_birth),
    ethnicityCode: optional(row.ethnicity_code),
    permanentResidence:
      optional(row.permanent_province_code) === null && optional(row.permanent_address) === null
        ? null
        : { provinceCode: row.permanent_province_code, address: row.permanent_address },
    phone: optional(row.phone),
    email: optional(row.email),
    reason,
  });
  const problems = flatten(await validate(input, VALIDATION));
  if (!problems.some((problem) => problem.column.startsWith('birth_'))) {
    try {
      checkPartialDate('birthDate', input.birthDate, today);
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      problems.push({ column: dateColumn(input.birthDate, error.message), reason: reasonOf(error) });
    }
  }
  if (problems.length > 0) return { problems };
  const citizen: NewCitizen = {
    ...identityColumns(input),
    placeOfBirth: input.placeOfBirth ?? null,
    ethnicityCode: input.ethnicityCode ?? null,
    permanentProvinceCode: input.permanentResidence?.provinceCode ?? null,
    permanentAddress: input.permanentResidence?.address ?? null,
    phone: input.phone ?? null,
    email: input.email ?? null,
  };
  // A number that disagrees with birth year or sex is loaded (it may have been re-issued)
  // and counted, for stewards to look at: the registry's rule, not a rejection.
  const idMismatch =
    personalIdFindings(citizen.personalIdNumber, { birthYear: citizen.birthYear, sex: input.sex }).length > 0;
  return { citizen, idMismatch };
}

/** An empty or blank cell: not known. */
function optional(value: string): string | null {
  return value.trim() === '' ? null : value;
}

/** A whole number as a number; anything else as it was, for the validator to refuse. */
function integer(value: string): number | string | null {
  const text = value.trim();
  if (text === '') return null;
  return /^-?\d{1,9}$/.test(text) ? Number(text) : text;
}

function flatten(errors: ValidationError[], prefix = ''): RowProblem[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const messages = Object.values(error.constraints ?? {});
    const own = messages.length > 0 ? [{ column: COLUMN_OF[path] ?? 'reason', reason: messages[0] }] : [];
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

/** The most precise date column a date problem is about: "31 February" is the day's fault. */
function dateColumn(date: { month?: number | null; day?: number | null }, message: string): RowProblem['column'] {
  if (message.includes('needs a month')) return 'birth_month';
  if (date.day !== null && date.day !== undefined) return 'birth_day';
  if (date.month !== null && date.month !== undefined) return 'birth_month';
  return 'birth_year';
}

function reasonOf(error: InvalidInputError): string {
  const prefix = `${error.field}: `;
  return error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
}
