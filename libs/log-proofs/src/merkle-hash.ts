import { concatBytes, fromBase64Url } from './bytes';

/** Size in bytes of every hash in the tree (SHA-256). */
export const HASH_SIZE = 32;

/** A hash as the lib takes it: 32 bytes, or their unpadded base64url (the API's form). */
export type HashInput = Uint8Array | string;

async function sha256(data: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  // WebCrypto, the same in Node (>= 19) and in every browser: no node:crypto here.
  return new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', data));
}

/** RFC 6962 §2.1 leaf hash: SHA-256(0x00 || data). */
export function hashLeaf(data: Uint8Array): Promise<Uint8Array> {
  return sha256(concatBytes(Uint8Array.of(0x00), data));
}

/** RFC 6962 §2.1 interior node hash: SHA-256(0x01 || left || right). */
export function hashChildren(left: Uint8Array, right: Uint8Array): Promise<Uint8Array> {
  return sha256(concatBytes(Uint8Array.of(0x01), left, right));
}

/** Root of the empty tree: SHA-256 of the empty string. */
export function hashEmptyTree(): Promise<Uint8Array> {
  return sha256(new Uint8Array(0));
}

/** The 32 bytes of a canonical unpadded base64url hash, or null for anything else. */
export function decodeHash(text: unknown): Uint8Array | null {
  if (typeof text !== 'string' || text.length !== 43) return null;
  const bytes = fromBase64Url(text);
  return bytes && bytes.length === HASH_SIZE ? bytes : null;
}

/** A hash given as bytes or base64url, as 32 bytes; null when it is neither. */
export function readHash(value: unknown): Uint8Array | null {
  if (value instanceof Uint8Array) return value.length === HASH_SIZE ? value : null;
  return decodeHash(value);
}

/** True for an integer a tree size or index can be (0 .. 2^53 - 1). */
export function isTreeInteger(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}
