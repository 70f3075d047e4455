import { isSameOperator } from './four-eyes';

describe('isSameOperator (the four-eyes rule)', () => {
  it('sees one person behind ids that differ only in case', () => {
    expect(isSameOperator('adm-an', 'adm-an')).toBe(true);
    expect(isSameOperator('ADM-AN', 'adm-an')).toBe(true);
    expect(isSameOperator('Adm-An', 'aDM-aN')).toBe(true);
  });

  it('sees two people behind different ids, and nobody behind a missing one', () => {
    expect(isSameOperator('adm-an', 'adm-binh')).toBe(false);
    expect(isSameOperator('adm-an', 'adm-an2')).toBe(false);
    expect(isSameOperator(null, 'adm-an')).toBe(false);
    expect(isSameOperator(undefined, undefined)).toBe(false);
  });
});
