import { validate } from 'class-validator';
import {
  ETHNIC_GROUPS,
  IsEnterpriseCode,
  IsPersonalIdNumber,
  LEGACY_PROVINCES,
  PROVINCES_2025,
  VSIC_SECTIONS,
  centurySexDigit,
  enterpriseCheckDigit,
  enterpriseCodeProblem,
  parseBranchCode,
  parsePersonalIdNumber,
  personalIdFindings,
  personalIdProblem,
  provinceSinceMerger,
} from './index';

describe('enterprise codes', () => {
  it('accepts the real codes DOMAIN.md lists', () => {
    for (const code of ['0100233488', '0314409058', '0100112437', '0312687878', '0100109106', '0300588569']) {
      expect(enterpriseCodeProblem(code)).toBeNull();
    }
  });

  it('refuses a wrong check digit, a bad format, an all-zero serial', () => {
    expect(enterpriseCodeProblem('0100233489')).toBe('CHECK_DIGIT');
    expect(enterpriseCodeProblem('010023348')).toBe('FORMAT');
    expect(enterpriseCodeProblem('01002334８8')).toBe('FORMAT'); // a full-width digit
    expect(enterpriseCodeProblem('0100000005')).toBe('ZERO_SERIAL');
  });

  it('knows prefixes whose check would be 10 are never issued', () => {
    expect(enterpriseCheckDigit('010987654')).toBeNull();
    for (let d = 0; d <= 9; d++) expect(enterpriseCodeProblem(`010987654${d}`)).toBe('UNISSUABLE_PREFIX');
  });

  it('agrees with a brute-force count: one valid check digit per issuable prefix', () => {
    let valid = 0;
    for (let d = 0; d <= 9; d++) if (enterpriseCodeProblem(`031440905${d}`) === null) valid++;
    expect(valid).toBe(1);
  });

  it('parses branch codes and refuses suffix 000 or a bad parent', () => {
    expect(parseBranchCode('0314409058-001')).toEqual({ enterpriseCode: '0314409058', suffix: 1 });
    expect(parseBranchCode('0314409058-999')).toEqual({ enterpriseCode: '0314409058', suffix: 999 });
    expect(parseBranchCode('0314409058-000')).toBeNull();
    expect(parseBranchCode('0314409059-001')).toBeNull();
    expect(parseBranchCode('0314409058001')).toBeNull();
  });
});

describe('personal ID numbers', () => {
  it('reads province, century, sex and birth year', () => {
    expect(parsePersonalIdNumber('001085012345')).toEqual({
      birthRegistrationCode: '001',
      sex: 'male',
      birthYear: 1985,
      serial: '012345',
    });
    expect(parsePersonalIdNumber('079190004321')).toMatchObject({ sex: 'female', birthYear: 1990 });
    expect(parsePersonalIdNumber('031203000777')).toMatchObject({ sex: 'male', birthYear: 2003 });
    expect(parsePersonalIdNumber('092305000001')).toMatchObject({ sex: 'female', birthYear: 2005 });
  });

  it('refuses malformed numbers and unknown places of registration', () => {
    expect(personalIdProblem('00108501234')).toBe('FORMAT');
    expect(personalIdProblem('00108501234a')).toBe('FORMAT');
    expect(personalIdProblem('003085012345')).toBe('UNKNOWN_REGISTRATION_CODE'); // 003 is no province
  });

  it('reports a mismatch with the record as findings, not errors', () => {
    expect(personalIdFindings('001085012345', { birthYear: 1985, sex: 'male' })).toEqual([]);
    expect(personalIdFindings('001085012345', { birthYear: 1986, sex: 'female' }).map((f) => f.kind)).toEqual([
      'BIRTH_YEAR_MISMATCH',
      'SEX_MISMATCH',
    ]);
    expect(personalIdFindings('001085012345', { birthYear: null, sex: null })).toEqual([]);
  });

  it('computes the century-and-sex digit back', () => {
    expect(centurySexDigit(1985, 'male')).toBe(0);
    expect(centurySexDigit(1990, 'female')).toBe(1);
    expect(centurySexDigit(2003, 'male')).toBe(2);
    expect(centurySexDigit(2105, 'female')).toBe(5);
  });
});

describe('class-validator decorators', () => {
  class Input {
    @IsPersonalIdNumber()
    personalIdNumber: string;

    @IsEnterpriseCode()
    enterpriseCode: string;
  }

  const errorsOf = async (values: Partial<Input>) => {
    const input = Object.assign(new Input(), values);
    return (await validate(input)).map((error) => [error.property, Object.values(error.constraints ?? {})[0]]);
  };

  it('pass valid identifiers and explain invalid ones', async () => {
    expect(await errorsOf({ personalIdNumber: '001085012345', enterpriseCode: '0314409058' })).toEqual([]);
    expect(await errorsOf({ personalIdNumber: '003085012345', enterpriseCode: '0314409059' })).toEqual([
      ['personalIdNumber', 'must start with the code of a province where births are registered'],
      ['enterpriseCode', 'has a wrong check digit'],
    ]);
  });
});

describe('reference data', () => {
  it('has 63 legacy provinces, 34 current ones, and a crosswalk that covers each legacy province once', () => {
    expect(LEGACY_PROVINCES).toHaveLength(63);
    expect(PROVINCES_2025).toHaveLength(34);
    const merged = PROVINCES_2025.flatMap((province) => province.mergedFrom).sort();
    expect(merged).toEqual(LEGACY_PROVINCES.map((province) => province.code).sort());
    expect(provinceSinceMerger('049')).toBe('48'); // Quảng Nam → Đà Nẵng
    expect(provinceSinceMerger('077')).toBe('79'); // Bà Rịa - Vũng Tàu → Hồ Chí Minh City
  });

  it('has the 54 ethnic groups with distinct codes 01–54', () => {
    expect(new Set(ETHNIC_GROUPS.map((group) => group.code)).size).toBe(54);
    expect(ETHNIC_GROUPS[0]).toMatchObject({ code: '01', name: 'Kinh' });
  });

  it('has the VSIC 2018 (A–U) and VSIC 2025 (A–V) sections with their validity', () => {
    expect(VSIC_SECTIONS.filter((s) => s.version === 'VSIC2018')).toHaveLength(21);
    expect(VSIC_SECTIONS.filter((s) => s.version === 'VSIC2025')).toHaveLength(22);
  });

  it('stores every name in Unicode NFC', () => {
    const names = [...LEGACY_PROVINCES, ...PROVINCES_2025, ...ETHNIC_GROUPS, ...VSIC_SECTIONS].map((row) => row.name);
    expect(names.filter((name) => name !== name.normalize('NFC'))).toEqual([]);
  });
});
