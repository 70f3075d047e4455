import { InvalidInputError } from '@app/errors';

/** Where a page of agreement versions ended: the last (agreement number, version). */
export interface AgreementPosition {
  agreementNumber: string;
  version: number;
}

/** Cursors are opaque to callers: `<number>~<version>`, base64url-encoded. */
export function encodeAgreementCursor(position: AgreementPosition): string {
  return Buffer.from(`${position.agreementNumber}~${position.version}`, 'utf8').toString('base64url');
}

export function decodeAgreementCursor(cursor: string): AgreementPosition {
  const match = /^(DSA-\d{4}-\d{4,})~([1-9]\d{0,8})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  const position = match ? { agreementNumber: match[1], version: Number(match[2]) } : null;
  if (!position || encodeAgreementCursor(position) !== cursor) {
    throw new InvalidInputError('after', 'must be a cursor returned by a previous page');
  }
  return position;
}
