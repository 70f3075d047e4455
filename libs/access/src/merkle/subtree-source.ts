import { assertHash, emptyRoot, foldFromRight, isTreeInteger, nodeHash } from './merkle-hash';

/** The leaves [start, start + size) of the log. */
export interface SubtreeRange {
  start: number;
  size: number;
}

/**
 * Where proofs get their hashes from: MTH(D[start:start + size]).
 *
 * The proofs only ever ask for ranges that are subtrees in the RFC's sense (see
 * `isSubtreeRange`): either perfect (`isPerfectSubtree`, fixed forever once the log has
 * grown past them, so safe to cache) or the right edge of the tree the proof is about,
 * which changes with every append. All the hashes of one proof are asked for in the same
 * tick, so a database-backed source can batch them into one query.
 */
export interface SubtreeSource {
  subtreeHash(start: number, size: number): Promise<Buffer>;
}

/** True for 1, 2, 4, 8, … */
export function isPowerOfTwo(n: number): boolean {
  if (!isTreeInteger(n) || n < 1) return false;
  while (n % 2 === 0) n /= 2;
  return n === 1;
}

/** The `k` of RFC 6962 §2.1: the largest power of two strictly smaller than n (n > 1). */
export function largestPowerOfTwoBelow(n: number): number {
  if (!isTreeInteger(n) || n < 2) throw new RangeError(`no power of two splits a tree of ${n} leaves`);
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

function heightOf(perfectSize: number): number {
  let height = 0;
  for (let s = perfectSize; s > 1; s /= 2) height++;
  return height;
}

function smallestPowerOfTwoAtLeast(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}

/** A perfect subtree: 2^h leaves starting at a multiple of 2^h; its hash never changes once written. */
export function isPerfectSubtree(range: SubtreeRange): boolean {
  return isTreeInteger(range.start) && isPowerOfTwo(range.size) && range.start % range.size === 0;
}

/**
 * A range that is a node of some RFC 6962 tree: it starts at a multiple of the smallest
 * power of two that holds it. Every range a proof asks for is one; MTH over any other
 * range is not a node hash of the log and no proof needs it.
 */
export function isSubtreeRange(range: SubtreeRange): boolean {
  return (
    isTreeInteger(range.start) &&
    isTreeInteger(range.size) &&
    range.size >= 1 &&
    Number.isSafeInteger(range.start + range.size) &&
    range.start % smallestPowerOfTwoAtLeast(range.size) === 0
  );
}

/**
 * The perfect subtrees, largest first, whose hashes folded from the right give the hash
 * of a subtree range: one per bit of `size`. For start 0 these are the frontier of a
 * tree of `size` leaves. These are the hashes a store must keep to answer every proof.
 */
export function perfectSubtreesOf(start: number, size: number): SubtreeRange[] {
  if (!isSubtreeRange({ start, size })) {
    throw new RangeError(`[${start}, ${start}+${size}) is not a subtree of an RFC 6962 tree`);
  }
  const parts: SubtreeRange[] = [];
  let at = start;
  for (let bit = smallestPowerOfTwoAtLeast(size); bit >= 1; bit /= 2) {
    if (Math.floor(size / bit) % 2 === 1) {
      parts.push({ start: at, size: bit });
      at += bit;
    }
  }
  return parts;
}

/** Looks up the stored hash of one perfect subtree. */
export type PerfectSubtreeLookup = (start: number, size: number) => Promise<Buffer>;

/** A source over a store that keeps only perfect-subtree hashes: right-edge ranges are composed from them. */
export class PerfectSubtreeSource implements SubtreeSource {
  constructor(private readonly lookup: PerfectSubtreeLookup) {}

  async subtreeHash(start: number, size: number): Promise<Buffer> {
    const parts = perfectSubtreesOf(start, size);
    const hashes = await Promise.all(parts.map((part) => this.lookup(part.start, part.size)));
    hashes.forEach((hash, i) => assertHash(hash, `the hash of [${parts[i].start}, +${parts[i].size})`));
    return foldFromRight(hashes);
  }
}

/** An in-memory source over all the leaf hashes, for tests and small trees; O(n) memory, O(log n) per range. */
export class LeafHashSource implements SubtreeSource {
  // levels[h][i] is the hash of the perfect subtree of 2^h leaves starting at leaf i * 2^h.
  private readonly levels: Buffer[][];

  constructor(leafHashes: readonly Buffer[]) {
    leafHashes.forEach((hash, i) => assertHash(hash, `leaf hash ${i}`));
    this.levels = [[...leafHashes]];
    for (let below = this.levels[0]; below.length > 1;) {
      const level: Buffer[] = [];
      for (let i = 0; i + 1 < below.length; i += 2) level.push(nodeHash(below[i], below[i + 1]));
      this.levels.push(level);
      below = level;
    }
  }

  /** The number of leaves. */
  get size(): number {
    return this.levels[0].length;
  }

  /** MTH over all the leaves. */
  root(): Buffer {
    return this.size === 0 ? emptyRoot() : this.hashOf(0, this.size);
  }

  subtreeHash(start: number, size: number): Promise<Buffer> {
    // A bad range rejects rather than throws, like any other source.
    return new Promise((resolve) => resolve(this.hashOf(start, size)));
  }

  private hashOf(start: number, size: number): Buffer {
    if (!isSubtreeRange({ start, size }) || start + size > this.size) {
      throw new RangeError(`[${start}, ${start}+${size}) is not a subtree of these ${this.size} leaves`);
    }
    return foldFromRight(
      perfectSubtreesOf(start, size).map((part) => this.levels[heightOf(part.size)][part.start / part.size]),
    );
  }
}
