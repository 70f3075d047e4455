import type { JSONWebKeySet } from 'jose';
import { hashFromBase64Url, isTreeInteger, verifyInclusion } from '../merkle';
import { checkpointVerifier, type CheckpointStatement } from './checkpoint-statement';

/**
 * One tracker entry's proof that it is in the log: its leaf, the audit path to the root, and
 * the signed checkpoint that root belongs to. What `myAccessLog(withProofs: true)` returns.
 */
export interface EntryProof {
  /** The record's position in the log (its leaf index). */
  seq: number;
  /** RFC 6962 leaf hash of the record, base64url. */
  leafHash: string;
  /** The inclusion proof (audit path), leaf's sibling first, base64url hashes. */
  proof: string[];
  checkpoint: {
    size: number;
    /** Merkle root, base64url. */
    root: string;
    /** The checkpoint's compact JWS (typ log-checkpoint+jwt). */
    jws: string;
  };
}

/** Whether an entry's proof holds, and against which signed statement; or why not. */
export type EntryProofVerdict = { ok: true; statement: CheckpointStatement } | { ok: false; reason: string };

/**
 * Checks one entry's proof using only the registry's public key set: the checkpoint's JWS
 * verifies, the size and root it signs are the entry's, and the audit path leads from the
 * leaf at `seq` to that root in a tree of that size. A proof binds the size only through the
 * root, so both are taken from the signature, never from the entry alone.
 */
export async function verifyEntryProof(entry: EntryProof, jwks: JSONWebKeySet): Promise<EntryProofVerdict> {
  const problem = shapeProblem(entry);
  if (problem) return { ok: false, reason: problem };
  let verify: ReturnType<typeof checkpointVerifier>;
  try {
    verify = checkpointVerifier(jwks);
  } catch {
    return { ok: false, reason: 'the key set is not a JWK set' };
  }
  const verdict = await verify(entry.checkpoint.jws);
  if (!verdict.ok) return { ok: false, reason: `the checkpoint's signature fails: ${verdict.reason}` };
  const { statement } = verdict;
  if (statement.size !== entry.checkpoint.size) {
    return {
      ok: false,
      reason: `the checkpoint signs size ${statement.size}, the entry says ${entry.checkpoint.size}`,
    };
  }
  if (statement.root !== entry.checkpoint.root) {
    return { ok: false, reason: 'the checkpoint signs another root than the entry gives' };
  }
  if (entry.seq >= statement.size) {
    return {
      ok: false,
      reason: `record ${entry.seq} is not among the ${statement.size} records the checkpoint covers`,
    };
  }
  const included = verifyInclusion(
    hashFromBase64Url(entry.leafHash),
    entry.seq,
    statement.size,
    entry.proof.map(hashFromBase64Url),
    hashFromBase64Url(statement.root),
  );
  return included
    ? { ok: true, statement }
    : { ok: false, reason: `the proof does not lead from leaf ${entry.seq} to the signed root` };
}

/** What is wrong with the shape of an entry read from JSON, or null. */
function shapeProblem(entry: EntryProof): string | null {
  if (typeof entry !== 'object' || entry === null) return 'an entry proof is an object';
  if (!isTreeInteger(entry.seq)) return 'seq is not a record number';
  if (!isBase64UrlHash(entry.leafHash)) return 'leafHash is not a base64url hash';
  if (!Array.isArray(entry.proof) || !entry.proof.every(isBase64UrlHash)) {
    return 'proof is not a list of base64url hashes';
  }
  const checkpoint = entry.checkpoint as Partial<EntryProof['checkpoint']> | null;
  if (typeof checkpoint !== 'object' || checkpoint === null) return 'checkpoint is missing';
  if (!isTreeInteger(checkpoint.size)) return 'checkpoint.size is not a tree size';
  if (!isBase64UrlHash(checkpoint.root)) return 'checkpoint.root is not a base64url hash';
  if (typeof checkpoint.jws !== 'string') return 'checkpoint.jws is missing';
  return null;
}

function isBase64UrlHash(value: unknown): boolean {
  try {
    hashFromBase64Url(value as string);
    return true;
  } catch {
    return false;
  }
}
