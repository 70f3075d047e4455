import { searchKey } from '@app/identifiers';
import type { RegisterCitizenInput } from './dto/register-citizen.input';

/**
 * The identity columns of a new record, search key included: one mapping for registration
 * by a steward and for bulk import.
 */
export function identityColumns(
  input: Pick<
    RegisterCitizenInput,
    'personalIdNumber' | 'familyName' | 'middleName' | 'givenName' | 'sex' | 'birthDate'
  >,
) {
  const middleName = input.middleName ?? '';
  return {
    personalIdNumber: input.personalIdNumber,
    familyName: input.familyName,
    middleName,
    givenName: input.givenName,
    searchName: searchKey(`${input.familyName} ${middleName} ${input.givenName}`),
    sex: input.sex,
    birthYear: input.birthDate.year,
    birthMonth: input.birthDate.month ?? null,
    birthDay: input.birthDate.day ?? null,
  };
}
