import {
  ETHNIC_GROUPS,
  LEGACY_PROVINCES,
  PROVINCES_2025,
  parsePersonalIdNumber,
  personalIdProblem,
} from '@app/identifiers';
import { CITIZEN_COLUMNS, type CitizenCsvRow } from '../../apps/population/src/imports/citizen-columns';
import { validateCitizenRow } from '../../apps/population/src/imports/citizen-row';
import { CitizenGenerator } from './citizen-generator';
import { minorityMix, PROVINCE_POPULATION } from './population-shares';
import { SeededRandom, WeightedChoice } from './prng';

const take = (seed: string, count: number) => [...new CitizenGenerator(seed).citizens(count)];

describe('SeededRandom', () => {
  it('gives the same sequence for the same seed, another for another seed', () => {
    const draw = (seed: string) =>
      Array.from(
        { length: 5 },
        (
          (r) => () =>
            r.next()
        )(new SeededRandom(seed)),
      );
    expect(draw('a')).toEqual(draw('a'));
    expect(draw('a')).not.toEqual(draw('b'));
    for (const value of draw('c')) expect(value >= 0 && value < 1).toBe(true);
  });

  it('draws weighted values in proportion', () => {
    const random = new SeededRandom('weights');
    const choice = new WeightedChoice([
      ['rare', 1],
      ['common', 9],
    ]);
    let common = 0;
    for (let i = 0; i < 10_000; i++) if (choice.draw(random) === 'common') common++;
    expect(common / 10_000).toBeGreaterThan(0.88);
    expect(common / 10_000).toBeLessThan(0.92);
  });
});

describe('CitizenGenerator', () => {
  const COUNT = 50_000;
  let rows: CitizenCsvRow[];

  beforeAll(() => {
    rows = take('spec', COUNT);
  });

  it('is deterministic: same seed, same rows; the first rows do not depend on the count', () => {
    expect(take('spec', 1000)).toEqual(rows.slice(0, 1000));
    expect(take('other', 1000)).not.toEqual(rows.slice(0, 1000));
  });

  it('fills every column, as text', () => {
    for (const row of rows.slice(0, 100)) {
      expect(Object.keys(row)).toEqual([...CITIZEN_COLUMNS]);
      for (const column of CITIZEN_COLUMNS) expect(typeof row[column]).toBe('string');
    }
  });

  it('gives ID numbers that agree with birth year, sex and a legacy province, all distinct', () => {
    const provinces = new Set(LEGACY_PROVINCES.map((province) => province.code));
    for (const row of rows) {
      expect(personalIdProblem(row.personal_id_number)).toBeNull();
      const parts = parsePersonalIdNumber(row.personal_id_number)!;
      expect(parts.birthYear).toBe(Number(row.birth_year));
      expect(parts.sex).toBe(row.sex);
      expect(provinces.has(parts.birthRegistrationCode)).toBe(true);
    }
    expect(new Set(rows.map((row) => row.personal_id_number)).size).toBe(COUNT);
  });

  it('keeps ID numbers distinct where one province, sex and year have many people', () => {
    // A tiny population squeezed into few keys: the counter per PPP+G+YY must not repeat.
    const generator = new CitizenGenerator('dense');
    const ids = new Set<string>();
    const perKey = new Map<string, number>();
    for (const row of generator.citizens(200_000)) {
      ids.add(row.personal_id_number);
      const key = row.personal_id_number.slice(0, 6);
      perKey.set(key, (perKey.get(key) ?? 0) + 1);
    }
    expect(ids.size).toBe(200_000);
    expect(Math.max(...perKey.values())).toBeGreaterThan(100);
  });

  it('writes names in NFC, with Vietnamese diacritics', () => {
    for (const row of rows) {
      for (const name of [row.family_name, row.middle_name, row.given_name, row.permanent_address]) {
        expect(name.normalize('NFC')).toBe(name);
      }
    }
    expect(rows.some((row) => /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu.test(row.given_name))).toBe(
      true,
    );
  });

  it('spreads family names, sexes, birth dates and ethnic groups as the population does', () => {
    const share = (test: (row: CitizenCsvRow) => boolean) => rows.filter(test).length / COUNT;
    expect(share((row) => row.family_name === 'Nguyễn')).toBeGreaterThan(0.35);
    expect(share((row) => row.family_name === 'Nguyễn')).toBeLessThan(0.41);
    expect(share((row) => row.family_name === 'Trần')).toBeGreaterThan(0.09);
    expect(share((row) => row.family_name === 'Trần')).toBeLessThan(0.13);
    expect(share((row) => row.sex === 'female')).toBeGreaterThan(0.48);
    expect(share((row) => row.sex === 'female')).toBeLessThan(0.52);
    const partial = share((row) => row.birth_day === '');
    expect(partial).toBeGreaterThan(0.01);
    expect(partial).toBeLessThan(0.03);
    expect(share((row) => row.birth_month === '')).toBeGreaterThan(0.005);
    const kinh = share((row) => row.ethnicity_code === '01');
    expect(kinh).toBeGreaterThan(0.82);
    expect(kinh).toBeLessThan(0.9);
    for (const row of rows) {
      expect(Number(row.birth_year)).toBeGreaterThanOrEqual(1930);
      expect(Number(row.birth_year)).toBeLessThanOrEqual(2025);
    }
  });

  it('uses only codes from the reference tables', () => {
    const ethnic = new Set(ETHNIC_GROUPS.map((group) => group.code));
    const provinces = new Set([...LEGACY_PROVINCES, ...PROVINCES_2025].map((province) => province.code));
    for (const row of rows) {
      expect(ethnic.has(row.ethnicity_code)).toBe(true);
      expect(provinces.has(row.permanent_province_code)).toBe(true);
    }
    expect(Object.keys(PROVINCE_POPULATION).sort()).toEqual(LEGACY_PROVINCES.map((p) => p.code).sort());
    for (const province of LEGACY_PROVINCES) {
      for (const [code] of minorityMix(province.code)) expect(ethnic.has(code)).toBe(true);
    }
  });

  it('writes rows that registerCitizen would accept', async () => {
    const today = new Date();
    for (const row of rows.slice(0, 5000)) {
      const verdict = await validateCitizenRow(row, 'seed spec', today);
      expect(verdict.problems).toBeUndefined();
      expect(verdict.citizen && !verdict.idMismatch).toBe(true);
    }
  });
});
