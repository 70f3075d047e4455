import { csvLine } from '@app/bulk-import';
import { CITIZEN_COLUMNS, type CitizenCsvRow } from '../../apps/population/src/imports/citizen-columns';

/**
 * A citizens CSV file for import tests: `count` valid rows with personal ID numbers from
 * `firstNumber` on (women born in 1991 in Hà Nội, so that the numbers fit birth year and sex),
 * with the rows at the given (0-based) positions broken in `broken`'s way.
 */
export function citizenCsv(
  firstNumber: number,
  count: number,
  broken: Record<number, Partial<CitizenCsvRow>> = {},
): { csv: string; numbers: string[] } {
  const numbers: string[] = [];
  let csv = csvLine(CITIZEN_COLUMNS);
  for (let i = 0; i < count; i++) {
    const personalIdNumber = `001191${String(firstNumber + i).padStart(6, '0')}`;
    numbers.push(personalIdNumber);
    const row: CitizenCsvRow = {
      personal_id_number: personalIdNumber,
      family_name: 'Phạm',
      middle_name: 'Thị',
      given_name: 'Hạnh',
      sex: 'female',
      birth_year: '1991',
      birth_month: String((i % 12) + 1),
      birth_day: String((i % 28) + 1),
      place_of_birth: 'Hà Nội',
      ethnicity_code: '01',
      permanent_province_code: '001',
      permanent_address: `Số ${i + 1} Hàng Bài, phường Hoàn Kiếm`,
      phone: '',
      email: '',
      ...broken[i],
    };
    csv += csvLine(CITIZEN_COLUMNS.map((column) => row[column]));
  }
  return { csv, numbers };
}
