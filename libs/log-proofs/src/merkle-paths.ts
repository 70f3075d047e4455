import { isTreeInteger } from './merkle-hash';

// The iterative verifiers of RFC 9162 §2.1.3.2 and §2.1.4.2 (which check RFC 6962 proofs: the
// hashing is the same), split in two: which side each proof hash goes on depends only on the
// sizes, the index and the proof's length, never on the hashes. This part decides the sides;
// a verifier folds the hashes with its own SHA-256 (WebCrypto here, node:crypto in
// @app/access), so the index arithmetic exists once. Sizes stay below 2^53, so halving is done
// with arithmetic: JavaScript's bit operators would cut them to 32 bits.

function half(n: number): number {
  return Math.floor(n / 2);
}

function isPowerOfTwo(n: number): boolean {
  return n > 0 && 2 ** Math.round(Math.log2(n)) === n;
}

/** Why a proof cannot be folded at all: its shape is wrong before any hash is looked at. */
export type PathShapeProblem = 'MALFORMED_INPUT' | 'LEAF_OUTSIDE_TREE' | 'TREE_SHRANK' | 'PROOF_WRONG_LENGTH';

/**
 * For an inclusion proof of `proofLength` hashes for leaf `index` of a tree of `treeSize`:
 * for each proof hash in order, true when it is the left sibling (H(proof, r)), false when
 * the right one (H(r, proof)). Or why no proof of that length can be right.
 */
export function inclusionSides(
  index: number,
  treeSize: number,
  proofLength: number,
): { ok: true; proofIsLeft: boolean[] } | { ok: false; problem: PathShapeProblem } {
  if (!isTreeInteger(index) || !isTreeInteger(treeSize) || !isTreeInteger(proofLength)) {
    return { ok: false, problem: 'MALFORMED_INPUT' };
  }
  if (index >= treeSize) return { ok: false, problem: 'LEAF_OUTSIDE_TREE' };
  let fn = index;
  let sn = treeSize - 1;
  const proofIsLeft: boolean[] = [];
  for (let i = 0; i < proofLength; i++) {
    if (sn === 0) return { ok: false, problem: 'PROOF_WRONG_LENGTH' };
    if (fn % 2 === 1 || fn === sn) {
      proofIsLeft.push(true);
      // Skip the levels where this node has no right sibling and is carried up unchanged.
      while (fn % 2 === 0 && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      proofIsLeft.push(false);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 ? { ok: true, proofIsLeft } : { ok: false, problem: 'PROOF_WRONG_LENGTH' };
}

/** How a consistency proof folds, once its sizes allow one (see consistencySides). */
export type ConsistencyFold =
  /** Same size: no proof, and the two roots must be equal. */
  | { kind: 'same-tree' }
  /** From the empty tree: no proof, and the old root must be the empty tree's. */
  | { kind: 'from-empty' }
  /**
   * Fold: start both running hashes from the old root (when the old tree is a perfect
   * subtree of the new) or from proof[0]; then for each further hash, `both` puts it on the
   * left of both (H(c, old), H(c, new)), `new-only` on the right of the new one (H(new, c)).
   */
  | { kind: 'fold'; seedIsOldRoot: boolean; steps: ('both' | 'new-only')[] };

/**
 * The fold of a consistency proof of `proofLength` hashes from the tree of `oldSize` leaves to
 * the one of `newSize`, or why no proof of that length can be right.
 */
export function consistencySides(
  oldSize: number,
  newSize: number,
  proofLength: number,
): { ok: true; fold: ConsistencyFold } | { ok: false; problem: PathShapeProblem } {
  if (!isTreeInteger(oldSize) || !isTreeInteger(newSize) || !isTreeInteger(proofLength)) {
    return { ok: false, problem: 'MALFORMED_INPUT' };
  }
  if (oldSize > newSize) return { ok: false, problem: 'TREE_SHRANK' };
  if (oldSize === newSize || oldSize === 0) {
    // Every tree extends the empty one, but a checkpoint of size 0 claiming another root is
    // malformed: the fold checks the old root against the empty tree's.
    return proofLength === 0
      ? { ok: true, fold: { kind: oldSize === newSize ? 'same-tree' : 'from-empty' } }
      : { ok: false, problem: 'PROOF_WRONG_LENGTH' };
  }
  if (proofLength === 0) return { ok: false, problem: 'PROOF_WRONG_LENGTH' };
  const seedIsOldRoot = isPowerOfTwo(oldSize);
  const pathLength = seedIsOldRoot ? proofLength + 1 : proofLength;
  let fn = oldSize - 1;
  let sn = newSize - 1;
  while (fn % 2 === 1) {
    fn = half(fn);
    sn = half(sn);
  }
  const steps: ('both' | 'new-only')[] = [];
  for (let i = 1; i < pathLength; i++) {
    if (sn === 0) return { ok: false, problem: 'PROOF_WRONG_LENGTH' };
    if (fn % 2 === 1 || fn === sn) {
      steps.push('both');
      while (fn % 2 === 0 && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      steps.push('new-only');
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0
    ? { ok: true, fold: { kind: 'fold', seedIsOldRoot, steps } }
    : { ok: false, problem: 'PROOF_WRONG_LENGTH' };
}
