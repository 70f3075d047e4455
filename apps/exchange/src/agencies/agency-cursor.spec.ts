import { InvalidInputError } from '@app/errors';
import { decodeAgencyCursor, encodeAgencyCursor } from './agency-cursor';

describe('agency cursors', () => {
  it('round-trip a code, including Vietnamese letters', () => {
    for (const code of ['BCA-C06', 'BTC-CT-HN', 'ĐN-01'])
      expect(decodeAgencyCursor(encodeAgencyCursor(code))).toBe(code);
  });

  it('refuse what no page handed out', () => {
    expect(() => decodeAgencyCursor('@@@')).toThrow(InvalidInputError);
    expect(() => decodeAgencyCursor('')).toThrow(InvalidInputError);
    expect(() => decodeAgencyCursor('QkhYSA=')).toThrow(InvalidInputError); // padded form is not ours
  });
});
