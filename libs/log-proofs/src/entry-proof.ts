import type { JSONWebKeySet } from 'jose';
import { decodeHash, isTreeInteger } from './merkle-hash';
import { verifyInclusionProof, type MerkleProofCode } from './merkle-verify';
import { checkpointVerifier, type CheckpointStatement } from './jws/checkpoint';
import {
  cosignatureVerifier,
  verifyCosignatureOf,
  type CosignatureCode,
  type CosignatureStatement,
} from './jws/cosignature';

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

/** Why an entry's proof does not hold: stable codes, in the order they are checked. */
export type EntryProofCode =
  /** Not an entry with a proof (a field missing or of the wrong form). */
  | 'ENTRY_MALFORMED'
  /** Sealed: it carries no proof until it opens. */
  | 'ENTRY_SEALED'
  /** No cosigned checkpoint covers it yet: ask again later. */
  | 'ENTRY_PENDING_CHECKPOINT'
  | 'KEY_SET_INVALID'
  | 'WITNESS_KEY_SET_INVALID'
  /** The checkpoint's JWS does not verify with the registry's keys (`detail` says how). */
  | 'CHECKPOINT_NOT_VERIFIED'
  /** The entry's size or root is not what the checkpoint signs. */
  | 'CHECKPOINT_MISMATCH'
  /** The witness's cosignature is missing, does not verify (`detail`), or is of another tree. */
  | 'CHECKPOINT_NOT_COSIGNED'
  /** The record is past the checkpoint's size. */
  | 'LEAF_OUTSIDE_CHECKPOINT'
  /** The audit path does not lead from the leaf to the signed root (`detail`: the Merkle code). */
  | 'INCLUSION_PROOF_INVALID';

/** Whether an entry's proof holds, against which signed statement and cosignature; or why not. */
export type EntryProofVerdict =
  | { ok: true; statement: CheckpointStatement; cosignature: CosignatureStatement }
  | { ok: false; code: EntryProofCode; reason: string; detail?: CosignatureCode | MerkleProofCode };

type ReadVerdict = { ok: true; entry: EntryProof } | { ok: false; code: EntryProofCode; reason: string };

function malformed(reason: string): ReadVerdict {
  return { ok: false, code: 'ENTRY_MALFORMED', reason };
}

/**
 * An entry proof from JSON in either shape: the API's (AccessLogEntry: decimal strings,
 * `inclusionProof`, `rootHash`) or EntryProof's (numbers, `proof`, `root`). Null fields of
 * the API's entry (sealed, or still pending a checkpoint) are reported as such.
 */
export function readEntryProof(value: unknown): ReadVerdict {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return malformed('an entry proof is an object');
  }
  const json = value as Record<string, unknown>;
  if (json.sealed === true) {
    return { ok: false, code: 'ENTRY_SEALED', reason: 'the entry is sealed: it carries no proof until it opens' };
  }
  if (json.pendingCheckpoint === true) {
    return { ok: false, code: 'ENTRY_PENDING_CHECKPOINT', reason: 'no cosigned checkpoint covers the entry yet' };
  }
  const seq = treeInteger(json.seq);
  if (seq === null) return malformed('seq is not a record number');
  if (!decodeHash(json.leafHash)) return malformed('leafHash is not a base64url hash');
  const proof = json.inclusionProof ?? json.proof;
  if (!Array.isArray(proof) || !proof.every(decodeHash)) {
    return malformed('proof (inclusionProof) is not a list of base64url hashes');
  }
  const checkpoint = json.checkpoint as Record<string, unknown> | null | undefined;
  if (typeof checkpoint !== 'object' || checkpoint === null) return malformed('checkpoint is missing');
  const size = treeInteger(checkpoint.size);
  if (size === null) return malformed('checkpoint.size is not a tree size');
  const root = checkpoint.rootHash ?? checkpoint.root;
  if (!decodeHash(root)) return malformed('checkpoint.rootHash is not a base64url hash');
  if (typeof checkpoint.jws !== 'string') return malformed('checkpoint.jws is missing');
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

/** A checkpoint whose registry signature and witness cosignature both hold, or why not. */
export type CosignedCheckpointVerdict =
  | { ok: true; statement: CheckpointStatement; cosignature: CosignatureStatement }
  | {
      ok: false;
      code: 'KEY_SET_INVALID' | 'WITNESS_KEY_SET_INVALID' | 'CHECKPOINT_NOT_VERIFIED' | 'CHECKPOINT_NOT_COSIGNED';
      reason: string;
      /** The signature or cosignature code behind it. */
      detail?: CosignatureCode;
    };

/**
 * Checks a checkpoint with public keys only: its JWS verifies with the registry's key set
 * (`jwks`, as published at /.well-known/jwks.json), and `cosignature` is the witness's
 * (verified with `witnessJwks`) over the same size, root and log. The page keeps the
 * statement it returns to check later checkpoints against (verifyConsistencyProof).
 */
export async function verifyCosignedCheckpoint(
  jws: string,
  cosignature: string | null | undefined,
  jwks: JSONWebKeySet,
  witnessJwks: JSONWebKeySet,
): Promise<CosignedCheckpointVerdict> {
  if (!isKeySet(jwks)) return { ok: false, code: 'KEY_SET_INVALID', reason: 'the key set is not a JWK set' };
  if (!isKeySet(witnessJwks)) {
    return { ok: false, code: 'WITNESS_KEY_SET_INVALID', reason: "the witness's key set is not a JWK set" };
  }
  const verdict = await checkpointVerifier(jwks)(jws);
  if (!verdict.ok) {
    const code = verdict.code === 'KEY_SET_INVALID' ? 'KEY_SET_INVALID' : 'CHECKPOINT_NOT_VERIFIED';
    return { ok: false, code, reason: `the checkpoint's signature fails: ${verdict.reason}`, detail: verdict.code };
  }
  const { statement } = verdict;
  const cosigned = await verifyCosignatureOf(statement, cosignature, cosignatureVerifier(witnessJwks));
  if (!cosigned.ok) {
    const code = cosigned.code === 'KEY_SET_INVALID' ? 'WITNESS_KEY_SET_INVALID' : 'CHECKPOINT_NOT_COSIGNED';
    return { ok: false, code, reason: `the checkpoint is not cosigned: ${cosigned.reason}`, detail: cosigned.code };
  }
  return { ok: true, statement, cosignature: cosigned.statement };
}

/**
 * Checks one entry's proof using only public keys: the checkpoint's JWS verifies with the
 * registry's key set, the witness's cosignature over the same size and root verifies with
 * the witness's, the size and root the registry signs are the entry's, and the audit path
 * leads from the leaf at `seq` to that root in a tree of that size. A proof binds the size
 * only through the root, so both are taken from the signature, never from the entry alone.
 * The entry is JSON in either shape readEntryProof takes. Never throws.
 */
export async function verifyEntryProof(
  value: unknown,
  jwks: JSONWebKeySet,
  witnessJwks: JSONWebKeySet,
): Promise<EntryProofVerdict> {
  const read = readEntryProof(value);
  if (!read.ok) return read;
  const { entry } = read;
  const checkpoint = await verifyCosignedCheckpoint(
    entry.checkpoint.jws,
    entry.checkpoint.cosignature,
    jwks,
    witnessJwks,
  );
  if (!checkpoint.ok) return checkpoint;
  const { statement, cosignature } = checkpoint;
  // The cosignature is over the signed size and root; the entry's own must be those too.
  if (statement.size !== entry.checkpoint.size) {
    return {
      ok: false,
      code: 'CHECKPOINT_MISMATCH',
      reason: `the checkpoint signs size ${statement.size}, the entry says ${entry.checkpoint.size}`,
    };
  }
  if (statement.root !== entry.checkpoint.root) {
    return { ok: false, code: 'CHECKPOINT_MISMATCH', reason: 'the checkpoint signs another root than the entry gives' };
  }
  if (entry.seq >= statement.size) {
    return {
      ok: false,
      code: 'LEAF_OUTSIDE_CHECKPOINT',
      reason: `record ${entry.seq} is not among the ${statement.size} records the checkpoint covers`,
    };
  }
  const included = await verifyInclusionProof({
    leafHash: entry.leafHash,
    index: entry.seq,
    treeSize: statement.size,
    proof: entry.proof,
    root: statement.root,
  });
  return included.ok
    ? { ok: true, statement, cosignature }
    : {
        ok: false,
        code: 'INCLUSION_PROOF_INVALID',
        reason: `the proof does not lead from leaf ${entry.seq} to the signed root`,
        detail: included.code,
      };
}

/** The shape of a JWK set: jose's createLocalJWKSet refuses anything else. */
function isKeySet(value: unknown): value is JSONWebKeySet {
  return typeof value === 'object' && value !== null && Array.isArray((value as { keys?: unknown }).keys);
}

/** A tree integer as a number, or as the decimal string GraphQL carries it in; else null. */
function treeInteger(value: unknown): number | null {
  if (typeof value === 'string' && /^(0|[1-9]\d{0,15})$/.test(value)) value = Number(value);
  return isTreeInteger(value) ? value : null;
}
