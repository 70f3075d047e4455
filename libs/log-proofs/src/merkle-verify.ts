import { sameBytes } from './bytes';
import { hashChildren, hashEmptyTree, readHash, type HashInput } from './merkle-hash';
import { consistencySides, inclusionSides, type PathShapeProblem } from './merkle-paths';

/** Why a Merkle proof does not hold (stable codes: a page maps them to its own words). */
export type MerkleProofCode = PathShapeProblem | 'ROOT_MISMATCH';

/** Whether a Merkle proof holds, or why not (`reason` is English for logs and the CLI). */
export type MerkleProofVerdict = { ok: true } | { ok: false; code: MerkleProofCode; reason: string };

/** An inclusion proof (audit path) of RFC 6962 §2.1.1, hashes as bytes or base64url. */
export interface InclusionProofInput {
  leafHash: HashInput;
  /** The leaf's index (the record's seq). */
  index: number;
  treeSize: number;
  /** The leaf's sibling first, the root's other child last. */
  proof: readonly HashInput[];
  root: HashInput;
}

/** A consistency proof of RFC 6962 §2.1.2 between two tree heads, hashes as bytes or base64url. */
export interface ConsistencyProofInput {
  oldSize: number;
  oldRoot: HashInput;
  newSize: number;
  newRoot: HashInput;
  proof: readonly HashInput[];
}

const REASONS: Record<MerkleProofCode, string> = {
  MALFORMED_INPUT: 'the proof is not made of 32-byte hashes and tree integers',
  LEAF_OUTSIDE_TREE: 'the leaf is not inside the tree',
  TREE_SHRANK: 'the newer tree is smaller than the older one: the log was cut short',
  PROOF_WRONG_LENGTH: 'the proof has the wrong number of hashes for these sizes',
  ROOT_MISMATCH: 'the proof does not lead to the root',
};

function refuse(code: MerkleProofCode): MerkleProofVerdict {
  return { ok: false, code, reason: REASONS[code] };
}

function readHashes(values: readonly unknown[]): Uint8Array[] | null {
  if (!Array.isArray(values)) return null;
  const hashes = values.map(readHash);
  return hashes.every((hash) => hash !== null) ? hashes : null;
}

/**
 * Whether `proof` shows the leaf `leafHash` at `index` in the tree of `treeSize` leaves with
 * root `root`. A proof binds the size only through the root: take both from one signed
 * checkpoint. Never throws.
 */
export async function verifyInclusionProof(input: InclusionProofInput): Promise<MerkleProofVerdict> {
  const leaf = readHash(input?.leafHash);
  const root = readHash(input?.root);
  const proof = readHashes(input?.proof);
  if (!leaf || !root || !proof) return refuse('MALFORMED_INPUT');
  const sides = inclusionSides(input.index, input.treeSize, proof.length);
  if (!sides.ok) return refuse(sides.problem);
  let r = leaf;
  for (const [i, hash] of proof.entries()) {
    r = sides.proofIsLeft[i] ? await hashChildren(hash, r) : await hashChildren(r, hash);
  }
  return sameBytes(r, root) ? { ok: true } : refuse('ROOT_MISMATCH');
}

/**
 * Whether `proof` shows the tree of `newSize` leaves with root `newRoot` extends the tree of
 * `oldSize` leaves with root `oldRoot`: the log only grew. A smaller new tree is TREE_SHRANK,
 * another history ROOT_MISMATCH. Never throws.
 */
export async function verifyConsistencyProof(input: ConsistencyProofInput): Promise<MerkleProofVerdict> {
  const oldRoot = readHash(input?.oldRoot);
  const newRoot = readHash(input?.newRoot);
  const proof = readHashes(input?.proof);
  if (!oldRoot || !newRoot || !proof) return refuse('MALFORMED_INPUT');
  const sides = consistencySides(input.oldSize, input.newSize, proof.length);
  if (!sides.ok) return refuse(sides.problem);
  const { fold } = sides;
  if (fold.kind === 'same-tree') return sameBytes(oldRoot, newRoot) ? { ok: true } : refuse('ROOT_MISMATCH');
  if (fold.kind === 'from-empty')
    return sameBytes(oldRoot, await hashEmptyTree()) ? { ok: true } : refuse('ROOT_MISMATCH');
  const path = fold.seedIsOldRoot ? [oldRoot, ...proof] : proof;
  let fr = path[0];
  let sr = path[0];
  for (const [i, step] of fold.steps.entries()) {
    const c = path[i + 1];
    if (step === 'both') {
      fr = await hashChildren(c, fr);
      sr = await hashChildren(c, sr);
    } else {
      sr = await hashChildren(sr, c);
    }
  }
  return sameBytes(fr, oldRoot) && sameBytes(sr, newRoot) ? { ok: true } : refuse('ROOT_MISMATCH');
}
