/** The columns of a citizens file, in the order the generator writes them. */
export const CITIZEN_COLUMNS = [
  'personal_id_number',
  'family_name',
  'middle_name',
  'given_name',
  'sex',
  'birth_year',
  'birth_month',
  'birth_day',
  'place_of_birth',
  'ethnicity_code',
  'permanent_province_code',
  'permanent_address',
  'phone',
  'email',
] as const;

export type CitizenColumn = (typeof CITIZEN_COLUMNS)[number];

/** One row of a citizens file as text, an empty string standing for "not known". */
export type CitizenCsvRow = Record<CitizenColumn, string>;
