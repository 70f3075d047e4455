import { verifyConsistencyProof, type CheckpointStatement } from '@app/log-proofs';
import { ApiError } from '../../api/api-error';
import { graphql } from '../../api/graphql';

/**
 * The newest checkpoint this browser has verified (size, root: public facts about the whole
 * log, nothing of the citizen's), kept in localStorage. A later checkpoint must extend it: a
 * consistency proof (RFC 6962) from the API shows the log only grew. A smaller log, or another
 * history of the same size, means records were removed or rewritten, and the page says so.
 */
const KEY = 'sochung.tracker.seenCheckpoint';

interface SeenCheckpoint {
  size: number;
  root: string;
  iat: number;
}

export type HistoryVerdict =
  | { kind: 'first' }
  | { kind: 'same' }
  | { kind: 'extends'; seenSize: number }
  | { kind: 'shortened'; seenSize: number; seenAt: Date }
  | { kind: 'rewritten'; seenSize: number; seenAt: Date }
  | { kind: 'unchecked'; seenSize: number };

function readSeen(): SeenCheckpoint | null {
  try {
    const json = JSON.parse(window.localStorage.getItem(KEY) ?? 'null') as Partial<SeenCheckpoint> | null;
    return json && Number.isSafeInteger(json.size) && typeof json.root === 'string' && Number.isFinite(json.iat)
      ? (json as SeenCheckpoint)
      : null;
  } catch {
    return null;
  }
}

function keep(statement: CheckpointStatement): void {
  try {
    const seen: SeenCheckpoint = { size: statement.size, root: statement.root, iat: statement.iat };
    window.localStorage.setItem(KEY, JSON.stringify(seen));
  } catch {
    // not kept: the next check starts afresh
  }
}

/** The proof that the tree of `fromSize` leaves is a prefix of the tree of `toSize`. */
async function fetchConsistencyProof(fromSize: number, toSize: number): Promise<string[]> {
  const { logConsistency } = await graphql<{ logConsistency: { proof: string[] } }>(
    `
      query LogConsistency($fromSize: String!, $toSize: String!) {
        logConsistency(fromSize: $fromSize, toSize: $toSize) {
          proof
        }
      }
    `,
    { fromSize: String(fromSize), toSize: String(toSize) },
  );
  return logConsistency.proof;
}

/** Holds a verified checkpoint against the one seen before, and keeps it when it extends it. */
export async function checkAgainstSeenCheckpoint(statement: CheckpointStatement): Promise<HistoryVerdict> {
  const seen = readSeen();
  if (!seen) {
    keep(statement);
    return { kind: 'first' };
  }
  const seenAt = new Date(seen.iat * 1000);
  if (statement.size < seen.size) return { kind: 'shortened', seenSize: seen.size, seenAt };
  if (statement.size === seen.size)
    return statement.root === seen.root ? { kind: 'same' } : { kind: 'rewritten', seenSize: seen.size, seenAt };
  let proof: string[];
  try {
    proof = await fetchConsistencyProof(seen.size, statement.size);
  } catch (error) {
    // The proof could not be had (the log unavailable): nothing is known either way, and the seen checkpoint stays.
    if (error instanceof ApiError) return { kind: 'unchecked', seenSize: seen.size };
    throw error;
  }
  const consistent = await verifyConsistencyProof({
    oldSize: seen.size,
    oldRoot: seen.root,
    newSize: statement.size,
    newRoot: statement.root,
    proof,
  });
  if (!consistent.ok)
    return consistent.code === 'TREE_SHRANK'
      ? { kind: 'shortened', seenSize: seen.size, seenAt }
      : { kind: 'rewritten', seenSize: seen.size, seenAt };
  keep(statement);
  return { kind: 'extends', seenSize: seen.size };
}
