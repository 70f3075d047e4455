import {
  checkpointVerifier,
  verifyConsistencyProof,
  verifyCosignedCheckpoint,
  type CheckpointStatement,
} from '@app/log-proofs';
import type { JSONWebKeySet } from 'jose';
import type { LogCheckpoint, LogConsistency } from './log-api';

type Keys = { registry: JSONWebKeySet; witness: JSONWebKeySet };

/** What the page says of one checkpoint, checked here with the published keys only. */
export type CheckpointVerdict =
  | { kind: 'cosigned'; statement: CheckpointStatement }
  | { kind: 'signedOnly'; statement: CheckpointStatement }
  | { kind: 'fails'; reason: string };

/**
 * The registry's signature, and the witness's cosignature when there is one (null until the
 * witness has accepted the checkpoint: signed but not yet anchored outside this database).
 */
export async function verifyCheckpoint(checkpoint: LogCheckpoint, keys: Keys): Promise<CheckpointVerdict> {
  if (checkpoint.cosignature) {
    const verdict = await verifyCosignedCheckpoint(checkpoint.jws, checkpoint.cosignature, keys.registry, keys.witness);
    return verdict.ok ? { kind: 'cosigned', statement: verdict.statement } : { kind: 'fails', reason: verdict.reason };
  }
  const verdict = await checkpointVerifier(keys.registry)(checkpoint.jws);
  if (!verdict.ok) return { kind: 'fails', reason: verdict.reason };
  return { kind: 'signedOnly', statement: verdict.statement };
}

/** What logConsistency's answer shows: the newer log extends the older one, or why not. */
export type ConsistencyVerdict = { kind: 'holds' } | { kind: 'fails'; reason: string };

/**
 * Both checkpoints' signatures, that each signs the size and root the answer gives, and the
 * RFC 6962 proof between the two roots: only then does "the log only grew" hold.
 */
export async function verifyConsistency(answer: LogConsistency, keys: Keys): Promise<ConsistencyVerdict> {
  const verify = checkpointVerifier(keys.registry);
  const [from, to] = await Promise.all([verify(answer.from.jws), verify(answer.to.jws)]);
  if (!from.ok) return { kind: 'fails', reason: from.reason };
  if (!to.ok) return { kind: 'fails', reason: to.reason };
  const signsWhatIsSaid = (statement: CheckpointStatement, checkpoint: LogCheckpoint, size: string) =>
    String(statement.size) === size &&
    statement.size === Number(checkpoint.size) &&
    statement.root === checkpoint.rootHash;
  if (
    !signsWhatIsSaid(from.statement, answer.from, answer.fromSize) ||
    !signsWhatIsSaid(to.statement, answer.to, answer.toSize)
  ) {
    return { kind: 'fails', reason: 'a checkpoint does not sign the size and root the answer gives' };
  }
  const proof = await verifyConsistencyProof({
    oldSize: from.statement.size,
    oldRoot: from.statement.root,
    newSize: to.statement.size,
    newRoot: to.statement.root,
    proof: answer.proof,
  });
  return proof.ok ? { kind: 'holds' } : { kind: 'fails', reason: proof.reason };
}

/** The newest checkpoint this browser has seen and checked: public facts about the whole log. */
export interface SeenCheckpoint {
  size: number;
  root: string;
  iat: number;
}

const KEY = 'sochung.console.seenCheckpoint';

export function readSeenCheckpoint(): SeenCheckpoint | null {
  try {
    const json = JSON.parse(window.localStorage.getItem(KEY) ?? 'null') as Partial<SeenCheckpoint> | null;
    return json && Number.isSafeInteger(json.size) && typeof json.root === 'string' && Number.isFinite(json.iat)
      ? (json as SeenCheckpoint)
      : null;
  } catch {
    return null;
  }
}

export function keepSeenCheckpoint(statement: CheckpointStatement): void {
  try {
    const seen: SeenCheckpoint = { size: statement.size, root: statement.root, iat: statement.iat };
    window.localStorage.setItem(KEY, JSON.stringify(seen));
  } catch {
    // not kept: the next check starts afresh
  }
}
