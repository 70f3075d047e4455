import { emptyRoot, isHash, isTreeInteger, nodeHash } from './merkle-hash';
import { isPowerOfTwo } from './subtree-source';

// Both verifiers are the iterative algorithms of RFC 9162 §2.1.3.2 and §2.1.4.2 (which
// check RFC 6962 proofs: the hashing is the same). Sizes stay below 2^53, so halving is
// done with arithmetic: JavaScript's bit operators would cut them to 32 bits.
//
// A proof binds the tree sizes only through the roots: a proof for size n can also pass
// for another size whose tree has the same shape along the path (leaf 0 of 3 and of 4,
// say) with the root of n. Take size and root together from one signed checkpoint.

function half(n: number): number {
  return Math.floor(n / 2);
}

function isProof(proof: unknown): proof is Buffer[] {
  return Array.isArray(proof) && proof.every(isHash);
}

/** True when `proof` shows the leaf with hash `leafHash` at `index` in the tree of `treeSize` leaves with root `root`. */
export function verifyInclusion(
  leafHash: Buffer,
  index: number,
  treeSize: number,
  proof: readonly Buffer[],
  root: Buffer,
): boolean {
  if (!isHash(leafHash) || !isHash(root) || !isProof(proof)) return false;
  if (!isTreeInteger(index) || !isTreeInteger(treeSize) || index >= treeSize) return false;
  let fn = index;
  let sn = treeSize - 1;
  let r = leafHash;
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      // Skip the levels where this node has no right sibling and is carried up unchanged.
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && r.equals(root);
}

/** True when `proof` shows the tree of `newSize` leaves with root `newRoot` extends the tree of `oldSize` leaves with root `oldRoot`. */
export function verifyConsistency(
  oldSize: number,
  newSize: number,
  oldRoot: Buffer,
  newRoot: Buffer,
  proof: readonly Buffer[],
): boolean {
  if (!isHash(oldRoot) || !isHash(newRoot) || !isProof(proof)) return false;
  if (!isTreeInteger(oldSize) || !isTreeInteger(newSize) || oldSize > newSize) return false;
  if (oldSize === newSize) return proof.length === 0 && oldRoot.equals(newRoot);
  // Every tree extends the empty one, but a checkpoint of size 0 claiming another root is
  // malformed; transparency-dev/merkle ignores root1 here, we refuse it.
  if (oldSize === 0) return proof.length === 0 && oldRoot.equals(emptyRoot());
  if (proof.length === 0) return false;

  const path = isPowerOfTwo(oldSize) ? [oldRoot, ...proof] : [...proof];
  let fn = oldSize - 1;
  let sn = newSize - 1;
  while (fn % 2 === 1) {
    fn = half(fn);
    sn = half(sn);
  }
  let fr = path[0];
  let sr = path[0];
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && fr.equals(oldRoot) && sr.equals(newRoot);
}
