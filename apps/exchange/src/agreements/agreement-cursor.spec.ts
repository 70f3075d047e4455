import { InvalidInputError } from '@app/errors';
import { decodeAgreementCursor, encodeAgreementCursor } from './agreement-cursor';

describe('agreement cursors', () => {
  it('round-trip a position', () => {
    const position = { agreementNumber: 'DSA-2026-0012', version: 3 };
    expect(decodeAgreementCursor(encodeAgreementCursor(position))).toEqual(position);
  });

  it('refuse what no page handed out', () => {
    for (const forged of [
      '',
      '@@@',
      Buffer.from('DSA-2026-0001~0').toString('base64url'),
      Buffer.from('x~1').toString('base64url'),
    ]) {
      expect(() => decodeAgreementCursor(forged)).toThrow(InvalidInputError);
    }
  });
});
