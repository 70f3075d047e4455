import { consistencySides, inclusionSides } from '@app/log-proofs';
import { emptyRoot, isHash, nodeHash } from './merkle-hash';

// The synchronous, node:crypto twins of @app/log-proofs' verifiers, for the registry's own
// hot paths (the witness, benchmarks). Which side each hash goes on is decided there, once;
// only the hashing is done here.

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
  const sides = inclusionSides(index, treeSize, proof.length);
  if (!sides.ok) return false;
  const r = proof.reduce((r, hash, i) => (sides.proofIsLeft[i] ? nodeHash(hash, r) : nodeHash(r, hash)), leafHash);
  return r.equals(root);
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
  const sides = consistencySides(oldSize, newSize, proof.length);
  if (!sides.ok) return false;
  const { fold } = sides;
  if (fold.kind === 'same-tree') return oldRoot.equals(newRoot);
  if (fold.kind === 'from-empty') return oldRoot.equals(emptyRoot());
  const path = fold.seedIsOldRoot ? [oldRoot, ...proof] : proof;
  let fr = path[0];
  let sr = path[0];
  fold.steps.forEach((step, i) => {
    if (step === 'both') {
      fr = nodeHash(path[i + 1], fr);
      sr = nodeHash(path[i + 1], sr);
    } else {
      sr = nodeHash(sr, path[i + 1]);
    }
  });
  return fr.equals(oldRoot) && sr.equals(newRoot);
}
