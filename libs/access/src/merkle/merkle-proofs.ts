import { assertHash, isTreeInteger } from './merkle-hash';
import { largestPowerOfTwoBelow, type SubtreeRange, type SubtreeSource } from './subtree-source';

/**
 * The ranges whose hashes make PATH(index, D[treeSize]) of RFC 6962 §2.1.1, in proof
 * order (the leaf's sibling first, the root's other child last).
 */
export function inclusionProofRanges(index: number, treeSize: number): SubtreeRange[] {
  if (!isTreeInteger(index) || !isTreeInteger(treeSize) || index >= treeSize) {
    throw new RangeError(`no leaf ${index} in a tree of ${treeSize} leaves`);
  }
  // The RFC recurses top-down and appends each sibling after the deeper part of the path.
  const topDown: SubtreeRange[] = [];
  let start = 0;
  let size = treeSize;
  let m = index;
  while (size > 1) {
    const k = largestPowerOfTwoBelow(size);
    if (m < k) {
      topDown.push({ start: start + k, size: size - k });
      size = k;
    } else {
      topDown.push({ start, size: k });
      start += k;
      size -= k;
      m -= k;
    }
  }
  return topDown.reverse();
}

/**
 * The ranges whose hashes make PROOF(oldSize, D[newSize]) of RFC 6962 §2.1.2, in proof
 * order. Empty when oldSize is 0 or equals newSize: those need no proof.
 */
export function consistencyProofRanges(oldSize: number, newSize: number): SubtreeRange[] {
  if (!isTreeInteger(oldSize) || !isTreeInteger(newSize) || oldSize > newSize) {
    throw new RangeError(`a tree of ${oldSize} leaves cannot precede one of ${newSize}`);
  }
  if (oldSize === 0 || oldSize === newSize) return [];
  // SUBPROOF(m, D[start:start+size], b), unrolled; `oldIsWhole` is the RFC's b.
  const topDown: SubtreeRange[] = [];
  let start = 0;
  let size = newSize;
  let m = oldSize;
  let oldIsWhole = true;
  while (m !== size) {
    const k = largestPowerOfTwoBelow(size);
    if (m <= k) {
      topDown.push({ start: start + k, size: size - k });
      size = k;
    } else {
      topDown.push({ start, size: k });
      start += k;
      size -= k;
      m -= k;
      oldIsWhole = false;
    }
  }
  // The old tree's root is known to the verifier only when it is a whole subtree here.
  const deepest: SubtreeRange[] = oldIsWhole ? [] : [{ start, size }];
  return [...deepest, ...topDown.reverse()];
}

/** RFC 6962 §2.1.1 inclusion proof (audit path) for leaf `index` in the tree of `treeSize` leaves. */
export async function inclusionProof(index: number, treeSize: number, source: SubtreeSource): Promise<Buffer[]> {
  return fetchHashes(inclusionProofRanges(index, treeSize), source);
}

/** RFC 6962 §2.1.2 consistency proof between the trees of `oldSize` and `newSize` leaves. */
export async function consistencyProof(oldSize: number, newSize: number, source: SubtreeSource): Promise<Buffer[]> {
  return fetchHashes(consistencyProofRanges(oldSize, newSize), source);
}

async function fetchHashes(ranges: SubtreeRange[], source: SubtreeSource): Promise<Buffer[]> {
  // All at once, so that a batching source sees the whole proof in one tick.
  const hashes = await Promise.all(ranges.map((range) => source.subtreeHash(range.start, range.size)));
  hashes.forEach((hash, i) => assertHash(hash, `the hash of [${ranges[i].start}, +${ranges[i].size})`));
  return hashes;
}
