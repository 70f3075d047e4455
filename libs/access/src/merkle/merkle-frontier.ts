import { assertHash, foldFromRight, hashFromBase64Url, hashToBase64Url, isTreeInteger, nodeHash } from './merkle-hash';
import { perfectSubtreesOf, type SubtreeSource } from './subtree-source';

/** A frontier as stored in JSON: the tree size and its right-edge hashes, largest subtree first. */
/** A perfect subtree a leaf completed: 2^level leaves starting at index * 2^level. */
export interface CompletedSubtree {
  level: number;
  index: number;
  hash: Buffer;
}

export interface MerkleFrontierJson {
  size: number;
  hashes: string[];
}

function bitCount(n: number): number {
  let bits = 0;
  for (; n > 0; n = Math.floor(n / 2)) bits += n % 2;
  return bits;
}

/**
 * The compact range [0, size) of an RFC 6962 tree: the roots of the perfect subtrees along
 * its right edge (one per set bit of size, largest first, so at most 53). Enough to append
 * leaves and compute the root without reading any earlier leaf.
 */
export class MerkleFrontier {
  private constructor(
    private treeSize: number,
    private readonly edge: Buffer[],
  ) {}

  /** The frontier of the empty tree. */
  static empty(): MerkleFrontier {
    return new MerkleFrontier(0, []);
  }

  /** Restores a frontier saved with toJSON, refusing one whose hashes do not match its size. */
  static fromJSON(json: MerkleFrontierJson): MerkleFrontier {
    if (typeof json !== 'object' || json === null || !isTreeInteger(json.size) || !Array.isArray(json.hashes)) {
      throw new TypeError('a Merkle frontier is { size, hashes }');
    }
    if (json.hashes.length !== bitCount(json.size)) {
      throw new TypeError(`a Merkle frontier of size ${json.size} has ${bitCount(json.size)} hashes`);
    }
    return new MerkleFrontier(json.size, json.hashes.map(hashFromBase64Url));
  }

  /** Rebuilds the frontier of the tree's first `size` leaves from stored subtree hashes. */
  static async fromSource(size: number, source: SubtreeSource): Promise<MerkleFrontier> {
    if (!isTreeInteger(size)) throw new RangeError(`${String(size)} is not a tree size`);
    const parts = size === 0 ? [] : perfectSubtreesOf(0, size);
    const hashes = await Promise.all(parts.map((part) => source.subtreeHash(part.start, part.size)));
    hashes.forEach((hash, i) => assertHash(hash, `the hash of [${parts[i].start}, +${parts[i].size})`));
    return new MerkleFrontier(size, hashes);
  }

  /** The number of leaves appended so far. */
  get size(): number {
    return this.treeSize;
  }

  /** The right-edge subtree hashes, largest subtree first (a copy). */
  get hashes(): Buffer[] {
    return [...this.edge];
  }

  /**
   * Appends one leaf hash (see leafHash). Returns the perfect subtrees this leaf completes
   * (2^level leaves from index * 2^level; the leaf itself is level 0), so that a store can keep
   * the ones proofs will ask for.
   */
  append(leafHash: Buffer): CompletedSubtree[] {
    assertHash(leafHash, 'a leaf hash');
    if (!Number.isSafeInteger(this.treeSize + 1)) throw new RangeError('the tree is full');
    const newSize = this.treeSize + 1;
    const completed: CompletedSubtree[] = [{ level: 0, index: this.treeSize, hash: leafHash }];
    // Each trailing 1 bit of the size is a perfect subtree of the same height as the one
    // being carried: merge them, as in binary addition.
    let carried = leafHash;
    let level = 0;
    for (let s = this.treeSize; s % 2 === 1; s = Math.floor(s / 2)) {
      carried = nodeHash(this.edge.pop()!, carried);
      level++;
      completed.push({ level, index: newSize / 2 ** level - 1, hash: carried });
    }
    this.edge.push(carried);
    this.treeSize = newSize;
    return completed;
  }

  /** MTH over all the leaves appended so far (SHA-256("") for none). */
  root(): Buffer {
    return foldFromRight(this.edge);
  }

  /** An independent copy, to try appends without committing to them. */
  clone(): MerkleFrontier {
    return new MerkleFrontier(this.treeSize, [...this.edge]);
  }

  /** The size and the right-edge hashes in base64url, for storage beside a checkpoint. */
  toJSON(): MerkleFrontierJson {
    return { size: this.treeSize, hashes: this.edge.map(hashToBase64Url) };
  }
}
