import type { JSONWebKeySet } from 'jose';
import { hashFromBase64Url, isTreeInteger, verifyInclusion } from '../merkle';
import { checkpointVerifier, type CheckpointStatement } from './checkpoint-statement';
import { cosignatureVerifier, verifyCosignatureOf, type CosignatureStatement } from './cosignature';

/**
 * One tracker entry's proof that it is in the log: its leaf, the audit path to the root, and
 * the signed, cosigned checkpoint that root belongs to.
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
    /** The witness's cosignature (typ log-cosignature+jwt) over the same size and root. */
    cosignature: string | null;
  };
}

/**
 * An entry as `myAccessLog(withProofs: true)` returns it (AccessLogEntry): seq and size are
 * decimal strings, the path is `inclusionProof`, the root `rootHash`. The API is the contract;
 * `readEntryProof` takes this shape as it comes, and EntryProof's too.
 */
export interface AccessLogEntryProofJson {
  seq: string;
  leafHash: string;
  inclusionProof: string[];
  checkpoint: { size: string; rootHash: string; jws: string; cosignature: string | null };
}

/** Whether an entry's proof holds, against which signed statement and cosignature; or why not. */
export type EntryProofVerdict =
  { ok: true; statement: CheckpointStatement; cosignature: CosignatureStatement } | { ok: false; reason: string };

/**
 * An entry proof from JSON in either shape: the API's (AccessLogEntry: decimal strings,
 * `inclusionProof`, `rootHash`) or EntryProof's (numbers, `proof`, `root`). Null fields of
 * the API's entry (sealed, or still pending a checkpoint) are reported as such.
 */
export function readEntryProof(value: unknown): { ok: true; entry: EntryProof } | { ok: false; reason: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: 'an entry proof is an object' };
  }
  const json = value as Record<string, unknown>;
  if (json.sealed === true) return { ok: false, reason: 'the entry is sealed: it carries no proof until it opens' };
  if (json.pendingCheckpoint === true) return { ok: false, reason: 'no cosigned checkpoint covers the entry yet' };
  const seq = treeInteger(json.seq);
  if (seq === null) return { ok: false, reason: 'seq is not a record number' };
  if (!isBase64UrlHash(json.leafHash)) return { ok: false, reason: 'leafHash is not a base64url hash' };
  const proof = json.inclusionProof ?? json.proof;
  if (!Array.isArray(proof) || !proof.every(isBase64UrlHash)) {
    return { ok: false, reason: 'proof (inclusionProof) is not a list of base64url hashes' };
  }
  const checkpoint = json.checkpoint as Record<string, unknown> | null | undefined;
  if (typeof checkpoint !== 'object' || checkpoint === null) return { ok: false, reason: 'checkpoint is missing' };
  const size = treeInteger(checkpoint.size);
  if (size === null) return { ok: false, reason: 'checkpoint.size is not a tree size' };
  const root = checkpoint.rootHash ?? checkpoint.root;
  if (!isBase64UrlHash(root)) return { ok: false, reason: 'checkpoint.rootHash is not a base64url hash' };
  if (typeof checkpoint.jws !== 'string') return { ok: false, reason: 'checkpoint.jws is missing' };
  const cosignature = typeof checkpoint.cosignature === 'string' ? checkpoint.cosignature : null;
  return {
    ok: true,
    entry: {
      seq,
      leafHash: json.leafHash as string,
      proof: proof as string[],
      checkpoint: { size, root: root as string, jws: checkpoint.jws, cosignature },
    },
  };
}

/**
 * Checks one entry's proof using only public keys: the checkpoint's JWS verifies with the
 * registry's key set, the witness's cosignature over the same size and root verifies with
 * the witness's, the size and root the registry signs are the entry's, and the audit path
 * leads from the leaf at `seq` to that root in a tree of that size. A proof binds the size
 * only through the root, so both are taken from the signature, never from the entry alone.
 * The entry is JSON in either shape readEntryProof takes.
 */
export async function verifyEntryProof(
  value: unknown,
  jwks: JSONWebKeySet,
  witnessJwks: JSONWebKeySet,
): Promise<EntryProofVerdict> {
  const read = readEntryProof(value);
  if (!read.ok) return read;
  const { entry } = read;
  let verify: ReturnType<typeof checkpointVerifier>;
  let verifyCosignature: ReturnType<typeof cosignatureVerifier>;
  try {
    verify = checkpointVerifier(jwks);
  } catch {
    return { ok: false, reason: 'the key set is not a JWK set' };
  }
  try {
    verifyCosignature = cosignatureVerifier(witnessJwks);
  } catch {
    return { ok: false, reason: "the witness's key set is not a JWK set" };
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
  const cosigned = await verifyCosignatureOf(statement, entry.checkpoint.cosignature, verifyCosignature);
  if (!cosigned.ok) return { ok: false, reason: `the checkpoint is not cosigned: ${cosigned.reason}` };
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
    ? { ok: true, statement, cosignature: cosigned.statement }
    : { ok: false, reason: `the proof does not lead from leaf ${entry.seq} to the signed root` };
}

/** A tree integer as a number, or as the decimal string GraphQL carries it in; else null. */
function treeInteger(value: unknown): number | null {
  if (typeof value === 'string' && /^(0|[1-9]\d{0,15})$/.test(value)) value = Number(value);
  return isTreeInteger(value) ? value : null;
}

function isBase64UrlHash(value: unknown): boolean {
  try {
    hashFromBase64Url(value as string);
    return true;
  } catch {
    return false;
  }
}
