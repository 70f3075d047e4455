import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { InvalidInputError } from '@app/errors';
import { CURSOR_KINDS, type CursorKind, type CursorKinds } from './cursor-kinds';
import { CURSOR_KEY_BYTES } from './cursor-key';

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Positions are padded to a multiple of this before sealing: a cursor's length tells little. */
const BLOCK = 32;
/** The longest cursor any kind makes, with room: a search key of 1,000 characters. */
export const MAX_CURSOR_LENGTH = 4096;

/** The error every malformed, forged, foreign or stale cursor gets. */
export function invalidCursor(field = 'after'): InvalidInputError {
  return new InvalidInputError(field, 'must be a cursor returned by a previous page of this list', 'INVALID_CURSOR');
}

/**
 * The one cursor codec of the graph. A cursor is the page's last position, sealed with
 * AES-256-GCM under the cursor key and bound to its kind (as associated data): opaque to
 * callers, so it reveals nothing a page hides (a sealed access record's seq), and tamper-
 * evident, so a hand-made or altered cursor never reaches SQL. What opens is checked once
 * more by its kind's rules (cursor-kinds.ts). Anything wrong is INVALID_CURSOR.
 */
export class CursorCodec {
  constructor(private readonly key: Buffer) {
    if (key.length !== CURSOR_KEY_BYTES) throw new RangeError(`a cursor key is ${CURSOR_KEY_BYTES} bytes`);
  }

  encode<K extends CursorKind>(kind: K, position: CursorKinds[K]): string {
    const json = JSON.stringify(CURSOR_KINDS[kind].toParts(position));
    // JSON.parse ignores trailing spaces: padding needs no length field.
    const plain = Buffer.from(json.padEnd(Math.ceil((json.length + 1) / BLOCK) * BLOCK, ' '), 'utf8');
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(associatedData(kind));
    const sealed = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([Buffer.from([VERSION]), iv, sealed, cipher.getAuthTag()]).toString('base64url');
  }

  /** The position a cursor of `kind` holds; INVALID_CURSOR naming `field` for anything else. */
  decode<K extends CursorKind>(kind: K, cursor: string, field = 'after'): CursorKinds[K] {
    const position = this.open(kind, cursor);
    if (!position) throw invalidCursor(field);
    return position;
  }

  private open<K extends CursorKind>(kind: K, cursor: string): CursorKinds[K] | null {
    if (typeof cursor !== 'string' || cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) {
      return null;
    }
    const bytes = Buffer.from(cursor, 'base64url');
    if (bytes.length < 1 + IV_BYTES + TAG_BYTES || bytes[0] !== VERSION) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, bytes.subarray(1, 1 + IV_BYTES));
      decipher.setAAD(associatedData(kind));
      decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
      const plain = Buffer.concat([
        decipher.update(bytes.subarray(1 + IV_BYTES, bytes.length - TAG_BYTES)),
        decipher.final(),
      ]);
      const parts: unknown = JSON.parse(plain.toString('utf8'));
      return Array.isArray(parts) ? CURSOR_KINDS[kind].fromParts(parts) : null;
    } catch {
      // A wrong tag (forged, altered, another kind's or another key's), or not JSON.
      return null;
    }
  }
}

function associatedData(kind: CursorKind): Buffer {
  return Buffer.from(`sochung-cursor/${VERSION}/${kind}`, 'utf8');
}
