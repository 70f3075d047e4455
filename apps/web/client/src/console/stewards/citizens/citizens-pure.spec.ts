import { describe, expect, it } from '@jest/globals';
import { applyChanges, changedFieldKeys } from './apply-changes';
import { asOfInstant, vietnamLocal } from './as-of';
import type { CitizenRecord } from './citizen-api';
import { changesFrom, valuesFrom } from './correction-form';
import { problemsOf } from './correction-rules';
import { changedKeys, diffRecords } from './record-diff';

// The stewards' record pages' pure parts: the version diff, the correction's changes and rules, asOf.

const BINH: CitizenRecord = {
  personalIdNumber: '079190004321',
  familyName: 'Trần',
  middleName: 'Thị',
  givenName: 'Bình',
  fullName: 'Trần Thị Bình',
  otherNames: null,
  sex: 'FEMALE',
  birthDate: { year: 1990, month: 11, day: 2 },
  placeOfBirth: null,
  birthRegistrationPlace: null,
  placeOfOrigin: null,
  ethnicity: { code: '01', name: 'Kinh' },
  religion: null,
  nationality: 'VN',
  identityCard: null,
  oldIdNumber: null,
  bloodGroup: null,
  permanentResidence: { provinceCode: '79', address: '45 đường Lê Lợi' },
  temporaryResidence: null,
  currentResidence: null,
  household: null,
  maritalStatus: null,
  familyLinks: null,
  phone: null,
  email: null,
  vitalStatus: 'ALIVE',
  vitalStatusDate: null,
  version: 1,
  updatedAt: '2026-12-01T00:00:00.000Z',
  mergedFrom: null,
};
const TODAY = new Date('2026-12-03T00:00:00Z');

describe('the difference between two versions', () => {
  it('lists the fields either holds, marks the changed ones, and leaves version bookkeeping out', () => {
    const later = { ...BINH, phone: '0912345678', version: 2, updatedAt: '2026-12-02T00:00:00.000Z' };
    const rows = diffRecords(BINH, later);
    expect(rows.find((row) => row.key === 'phone')).toEqual({
      key: 'phone',
      group: 'contact',
      before: null,
      after: '0912345678',
      changed: true,
    });
    expect(rows.find((row) => row.key === 'familyName')).toMatchObject({
      before: 'Trần',
      after: 'Trần',
      changed: false,
    });
    expect(rows.some((row) => row.key === 'version' || row.key === 'updatedAt' || row.key === 'email')).toBe(false);
    expect(changedKeys(BINH, later)).toEqual(['phone']);
  });

  it('works either way round, and sees a change inside a group (a residence, the family)', () => {
    const moved = {
      ...BINH,
      permanentResidence: { provinceCode: '79', address: '46 đường Lê Lợi' },
      familyLinks: [{ relation: 'MOTHER' as const, personalIdNumber: null, name: 'Lê Thị Hạnh', nationality: null }],
    };
    expect(changedKeys(moved, BINH)).toEqual(['permanentResidence', 'familyLinks']);
    const row = diffRecords(BINH, moved, (kind, code) => `${kind}:${code}`).find((r) => r.key === 'familyLinks');
    expect(row?.after).toBe('relation:MOTHER: Lê Thị Hạnh');
  });

  it('finds nothing between a version and itself', () => {
    expect(changedKeys(BINH, { ...BINH })).toEqual([]);
  });
});

describe('a correction', () => {
  it('sends only what changed, identity fields apart from details', () => {
    const base = valuesFrom(BINH);
    const edited = {
      ...base,
      phone: ' 0912345678 ',
      givenName: 'Bình An',
      temporaryProvince: '01',
      temporaryAddress: 'Số 1',
    };
    expect(changesFrom(base, edited)).toEqual({
      identity: { givenName: 'Bình An' },
      details: { phone: '0912345678', temporaryResidence: { provinceCode: '01', address: 'Số 1' } },
    });
    expect(changesFrom(base, { ...base })).toEqual({ identity: {}, details: {} });
  });

  it('clears a field with null, and sends a partial birth date whole', () => {
    const base = valuesFrom({ ...BINH, email: 'binh@example.vn' });
    const edited = { ...base, email: '', birthDay: '' };
    expect(changesFrom(base, edited)).toEqual({
      identity: { birthDate: { year: 1990, month: 11, day: null } },
      details: { email: null },
    });
  });

  it('refuses what the subgraph refuses: unreal dates, patterns, codes not in the reference tables', () => {
    const base = valuesFrom(BINH);
    const check = (edits: Partial<typeof base>) => {
      const edited = { ...base, ...edits };
      return problemsOf(changesFrom(base, edited), edited, BINH.personalIdNumber, TODAY).map(
        (p) => `${p.field}:${p.code}`,
      );
    };
    expect(check({ birthMonth: '2', birthDay: '30' })).toEqual(['birthDay:notADate']);
    expect(check({ birthMonth: '', birthDay: '5' })).toEqual(['birthDay:dayNeedsMonth']);
    expect(check({ birthYear: '2027' })).toEqual(['birthYear:future']);
    expect(check({ oldIdNumber: '12345678' })).toEqual(['oldIdNumber:pattern']);
    expect(check({ oldIdNumber: '123456789' })).toEqual([]);
    expect(check({ phone: '09-12' })).toEqual(['phone:pattern']);
    expect(check({ ethnicityCode: '55' })).toEqual(['ethnicityCode:notListed']);
    expect(check({ currentProvince: '999', currentAddress: 'x' })).toEqual(['currentProvince:notListed']);
    expect(check({ currentAddress: 'Số 1' })).toEqual(['currentProvince:bothOrNone']);
    expect(check({ givenName: 'Bi\u200Bnh' })).toEqual(['givenName:invisibleCharacters']);
    expect(check({ familyName: '  ' })).toEqual(['familyName:required']);
    expect(check({ idCardIssueDate: '2025-02-29', idCardIssuePlace: 'Cục Cảnh sát' })).toEqual([
      'idCardIssueDate:notADate',
    ]);
    expect(
      check({ idCardIssueDate: '2025-02-28', idCardIssuePlace: 'Cục Cảnh sát', idCardExpiryDate: '2025-01-01' }),
    ).toEqual(['idCardExpiryDate:expiryBeforeIssue']);
    const link = { relation: 'FATHER', personalIdNumber: '079190004321', name: '', nationality: '' };
    expect(check({ familyLinks: [link] })).toEqual(['familyLinks.0:self']);
    expect(check({ familyLinks: [{ ...link, personalIdNumber: '999190004321' }] })).toEqual([
      'familyLinks.0:personalId',
    ]);
    expect(check({ familyLinks: [{ ...link, name: 'Trần Văn Hải' }] })).toEqual(['familyLinks.0:pinOrName']);
  });

  it('does not hold the steward to a value already held that the rules would now refuse', () => {
    const base = valuesFrom({ ...BINH, phone: '12' });
    const edited = { ...base, email: 'binh@example.vn' };
    expect(problemsOf(changesFrom(base, edited), edited, BINH.personalIdNumber, TODAY)).toEqual([]);
  });
});

describe('a change of vital status', () => {
  const base = valuesFrom(BINH);
  const check = (edits: Partial<typeof base>) => {
    const edited = { ...base, ...edits };
    return problemsOf(changesFrom(base, edited), edited, BINH.personalIdNumber, TODAY).map(
      (p) => `${p.field}:${p.code}`,
    );
  };

  it('is a request of its own, with its date (none for alive)', () => {
    const edited = { ...base, vitalStatus: 'DECEASED', vitalStatusDate: '2026-11-30' };
    expect(changesFrom(base, edited)).toEqual({
      identity: {},
      details: {},
      vital: { vitalStatus: 'DECEASED', date: '2026-11-30' },
    });
    const back = valuesFrom({ ...BINH, vitalStatus: 'MISSING', vitalStatusDate: '2020-01-01' });
    expect(changesFrom(back, { ...back, vitalStatus: 'ALIVE' }).vital).toEqual({ vitalStatus: 'ALIVE', date: null });
  });

  it('needs a real past date for deceased or missing, not before the birth', () => {
    expect(check({ vitalStatus: 'DECEASED' })).toEqual(['vitalStatusDate:required']);
    expect(check({ vitalStatus: 'MISSING', vitalStatusDate: '2027-01-01' })).toEqual(['vitalStatusDate:future']);
    expect(check({ vitalStatus: 'DECEASED', vitalStatusDate: '1990-11-01' })).toEqual(['vitalStatusDate:beforeBirth']);
    expect(check({ vitalStatus: 'DECEASED', vitalStatusDate: '1990-11-02' })).toEqual([]);
  });
});

describe('the asOf time', () => {
  it("reads the input as Vietnam's wall clock (+07:00) and back", () => {
    expect(asOfInstant('2026-12-03T15:04')).toBe('2026-12-03T08:04:00.000Z');
    expect(asOfInstant('2026-12-03T06:00:05')).toBe('2026-12-02T23:00:05.000Z');
    expect(vietnamLocal('2026-12-02T23:00:05.000Z')).toBe('2026-12-03T06:00:05');
  });

  it('refuses what is not a time', () => {
    expect(asOfInstant('2026-02-30T10:00')).toBeNull();
    expect(asOfInstant('yesterday')).toBeNull();
  });
});

describe('my change in the conflict view', () => {
  it('reads as the record would with it applied, touching only what it names', () => {
    const changes = changesFrom(valuesFrom(BINH), {
      ...valuesFrom(BINH),
      email: 'binh@example.vn',
      ethnicityCode: '05',
    });
    const mine = applyChanges({ ...BINH, phone: '0912345678', version: 2 }, changes);
    expect(mine).toMatchObject({
      email: 'binh@example.vn',
      phone: '0912345678',
      ethnicity: { code: '05', name: 'Khơ-me' },
    });
    expect(changedFieldKeys(changes)).toEqual(['ethnicity', 'email']);
  });
});
