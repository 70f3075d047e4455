import { describe, expect, it } from '@jest/globals';
import { mergePreview, mergeProblem, type MergeCitizen } from './merge-preview';

const citizen = (personalIdNumber: string, extra: Partial<MergeCitizen> = {}): MergeCitizen => ({
  personalIdNumber,
  fullName: 'Trịnh Văn Minh',
  sex: 'MALE',
  birthDate: { year: 1970, month: 6, day: 1 },
  placeOfBirth: null,
  placeOfOrigin: null,
  ethnicity: { name: 'Kinh' },
  nationality: 'VN',
  permanentResidence: { address: '3 phố Huế, Hà Nội' },
  oldIdNumber: null,
  phone: null,
  email: null,
  vitalStatus: 'ALIVE',
  version: 1,
  updatedAt: '2026-01-01T00:00:00Z',
  mergedFrom: null,
  ...extra,
});

describe('the merge preview', () => {
  it('keeps every value of the survivor and drops what only the duplicate says', () => {
    const survivor = citizen('001070000010', { phone: null });
    const duplicate = citizen('001070000011', { phone: '0912345678', birthDate: { year: 1970, month: 6, day: null } });
    const rows = new Map(mergePreview(survivor, duplicate).map((row) => [row.field, row]));
    expect(rows.get('fullName')).toMatchObject({ after: 'Trịnh Văn Minh', differs: false, dropped: false });
    expect(rows.get('phone')).toMatchObject({ survivor: null, duplicate: '0912345678', after: null, dropped: true });
    expect(rows.get('birthDate')).toMatchObject({
      survivor: '1970-06-01',
      duplicate: '1970-06',
      after: '1970-06-01',
      differs: true,
    });
  });

  it('names what the registry would refuse: the same record, or a number already merged', () => {
    expect(mergeProblem(citizen('001070000010'), citizen('001070000010'))).toBe('same');
    expect(mergeProblem(citizen('001070000010', { mergedFrom: '001070000012' }), citizen('001070000011'))).toBe(
      'survivorMerged',
    );
    expect(mergeProblem(citizen('001070000010'), citizen('001070000010', { mergedFrom: '001070000011' }))).toBe(
      'duplicateMerged',
    );
    expect(mergeProblem(citizen('001070000010'), citizen('001070000011'))).toBeNull();
  });
});
