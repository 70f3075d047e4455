import { createHash } from 'node:crypto';
import { decodeHash } from '@app/log-proofs';

/** Size in bytes of every hash in the tree (SHA-256). */
export const HASH_SIZE = 32;

const LEAF_PREFIX = Buffer.from([0x00]);
const NODE_PREFIX = Buffer.from([0x01]);

/** RFC 6962 §2.1 leaf hash: SHA-256(0x00 || data). */
export function leafHash(data: Buffer): Buffer {
  return createHash('sha256').update(LEAF_PREFIX).update(data).digest();
}

/** RFC 6962 §2.1 interior node hash: SHA-256(0x01 || left || right). */
export function nodeHash(left: Buffer, right: Buffer): Buffer {
  return createHash('sha256').update(NODE_PREFIX).update(left).update(right).digest();
}

/** Root of the empty tree: SHA-256 of the empty string. */
export function emptyRoot(): Buffer {
  return createHash('sha256').digest();
}

/** MTH(D[n]) of RFC 6962 §2.1, computed level by level from the leaf hashes. */
export function rootFromLeafHashes(leafHashes: readonly Buffer[]): Buffer {
  if (leafHashes.length === 0) return emptyRoot();
  let level: Buffer[] = [...leafHashes];
  while (level.length > 1) {
    const next: Buffer[] = [];
    for (let i = 0; i + 1 < level.length; i += 2) next.push(nodeHash(level[i], level[i + 1]));
    // The RFC splits at the largest power of two below n, which is the same as carrying
    // an unpaired last node up a level unchanged.
    if (level.length % 2 === 1) next.push(level[level.length - 1]);
    level = next;
  }
  return level[0];
}

/** Folds hashes of adjacent subtrees, left to right, into their parent the RFC way: the right end first. */
export function foldFromRight(hashes: readonly Buffer[]): Buffer {
  if (hashes.length === 0) return emptyRoot();
  let root = hashes[hashes.length - 1];
  for (let i = hashes.length - 2; i >= 0; i--) root = nodeHash(hashes[i], root);
  return root;
}

/** A hash as unpadded base64url, the form used in JSON and JWS payloads. */
export function hashToBase64Url(hash: Buffer): string {
  assertHash(hash, 'hash');
  return hash.toString('base64url');
}

/** Parses an unpadded base64url hash, refusing anything that is not exactly one canonical 32-byte hash. */
export function hashFromBase64Url(text: string): Buffer {
  // Canonical only (decodeHash): two spellings of one hash would let a signed document be
  // altered without changing what it means.
  const hash = decodeHash(text);
  if (!hash) throw new TypeError('a Merkle hash must be canonical unpadded base64url of 32 bytes');
  return Buffer.from(hash);
}

/** True for a 32-byte Buffer. */
export function isHash(value: unknown): value is Buffer {
  return Buffer.isBuffer(value) && value.length === HASH_SIZE;
}

/** Throws a TypeError naming `what` unless the value is a 32-byte Buffer. */
export function assertHash(value: unknown, what: string): asserts value is Buffer {
  if (!isHash(value)) throw new TypeError(`${what} must be a ${HASH_SIZE}-byte Buffer`);
}

/** True for an integer a tree size or index can be (0 .. 2^53 - 1). */
export function isTreeInteger(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}
