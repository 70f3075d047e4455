import { InvalidInputError } from '@app/errors';

/** Cursors are opaque to callers: the last code of a page, base64url-encoded. */
export function encodeAgencyCursor(code: string): string {
  return Buffer.from(code, 'utf8').toString('base64url');
}

export function decodeAgencyCursor(cursor: string): string {
  const code = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!code || encodeAgencyCursor(code) !== cursor) {
    throw new InvalidInputError('after', 'must be a cursor returned by a previous page');
  }
  return code;
}
