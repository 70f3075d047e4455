import { validateCitizenRow } from '../../apps/population/src/imports/citizen-row';
import type { CitizenCsvRow } from '../../apps/population/src/imports/citizen-columns';
import { validateEnterpriseRow } from '../../apps/business-registry/src/imports/enterprise-row';
import type { EnterpriseCsvRow } from '../../apps/business-registry/src/imports/enterprise-columns';

/** Import rows follow the API's text rules: no invisible or bidirectional characters in names and addresses. */
const TODAY = new Date('2026-06-01T00:00:00Z');
const INVISIBLE = ['\u202E', '\u200B', '\u200D', '\uFEFF', '\u2066'].map((char) => [
  `U+${char.codePointAt(0)!.toString(16).toUpperCase()}`,
  char,
]);

const citizen = (overrides: Partial<CitizenCsvRow> = {}): CitizenCsvRow => ({
  personal_id_number: '001090000001',
  family_name: 'Nguyễn',
  middle_name: 'Văn',
  given_name: 'An',
  sex: 'male',
  birth_year: '1990',
  birth_month: '5',
  birth_day: '17',
  place_of_birth: 'Hà Nội',
  ethnicity_code: '01',
  permanent_province_code: '001',
  permanent_address: 'Số 1, ngõ 2 Lê Lợi, phường Hòa Bình',
  phone: '',
  email: '',
  ...overrides,
});

const enterprise = (overrides: Partial<EnterpriseCsvRow> = {}): EnterpriseCsvRow => ({
  enterprise_code: '0100233488',
  name: 'Công ty TNHH Thương mại Minh Phát',
  foreign_name: '',
  abbreviation: '',
  type: 'multi_member_llc',
  status: 'active',
  establishment_date: '2015-03-20',
  head_office_province_code: '001',
  head_office_address: 'Số 1 Lê Lợi, phường Hòa Bình',
  charter_capital: '2000000000',
  business_lines: 'VSIC2018|4711|main',
  legal_representatives: '001085000001|Giám đốc',
  owners: '',
  branches: '',
  ...overrides,
});

describe('import rows hold no invisible characters in names and addresses (issue 10, item 14)', () => {
  it.each(INVISIBLE)('refuses %s in a citizen’s name and address, naming the column', async (_name, char) => {
    const inName = await validateCitizenRow(citizen({ given_name: `A${char}n` }), 'import', TODAY);
    expect(inName.problems).toEqual([{ column: 'given_name', reason: expect.stringMatching(/invisible/) }]);
    const inAddress = await validateCitizenRow(citizen({ permanent_address: `Lê${char} Lợi` }), 'import', TODAY);
    expect(inAddress.problems).toEqual([{ column: 'permanent_address', reason: expect.stringMatching(/invisible/) }]);
  });

  it.each(INVISIBLE)('refuses %s in an enterprise’s name and head office address', async (_name, char) => {
    const inName = await validateEnterpriseRow(enterprise({ name: `Công ty${char} Minh Phát` }), 'import', TODAY);
    expect(inName.problems).toEqual([{ column: 'name', reason: expect.stringMatching(/invisible/) }]);
    const inAddress = await validateEnterpriseRow(
      enterprise({ head_office_address: `Số${char} 1 Lê Lợi` }),
      'import',
      TODAY,
    );
    expect(inAddress.problems).toEqual([{ column: 'head_office_address', reason: expect.stringMatching(/invisible/) }]);
  });

  it('takes decomposed (NFD) Vietnamese and stores it in NFC', async () => {
    const verdict = await validateCitizenRow(citizen({ family_name: 'Trịnh'.normalize('NFD') }), 'import', TODAY);
    expect(verdict.citizen?.familyName).toBe('Trịnh'.normalize('NFC'));
  });
});
