import { verifyEntryProof, type EntryProofCode } from '@app/log-proofs';
import type { JSONWebKeySet } from 'jose';
import { callServer } from '../../api/http';
import { checkAgainstSeenCheckpoint, type HistoryVerdict } from './seen-checkpoint';
import { fetchEntryWithProof, type Entry, type LogSubject } from './tracker-api';

/** What the page says of an entry after checking it, and of the log's history since the last check. */
export type Verdict =
  | { kind: 'holds'; size: number; signedAt: Date; history: HistoryVerdict }
  | { kind: 'fails'; code: EntryProofCode; reason: string }
  | { kind: 'pending' }
  | { kind: 'notFound' };

/**
 * The registry's and the witness's published key sets, through the portal's own server (same
 * origin). Fetched once per page load: keys rotate rarely, and a reload fetches them again.
 */
let keySets: Promise<{ registry: JSONWebKeySet; witness: JSONWebKeySet }> | null = null;
function publishedKeySets() {
  keySets ??= Promise.all([
    callServer<JSONWebKeySet>('/.well-known/jwks.json'),
    callServer<JSONWebKeySet>('/witness/.well-known/jwks.json'),
  ]).then(([registry, witness]) => ({ registry, witness }));
  keySets.catch(() => (keySets = null)); // a failed fetch is tried again next time
  return keySets;
}

/**
 * "Verify": the entry is fetched again with its inclusion proof and the cosigned checkpoint,
 * and checked here, in the browser, with the shared library verify-log uses: the checkpoint's
 * signature against the registry's keys, the witness's cosignature against the witness's, the
 * audit path against the signed root. Then the checkpoint is held against the newest one this
 * browser has seen, so a log cut short since shows.
 */
export async function verifyEntry(subject: LogSubject, entry: Entry): Promise<Verdict> {
  const proven = await fetchEntryWithProof(subject, entry);
  if (!proven) return { kind: 'notFound' };
  if (proven.pendingCheckpoint) return { kind: 'pending' };
  const keys = await publishedKeySets();
  const verdict = await verifyEntryProof(proven, keys.registry, keys.witness);
  if (!verdict.ok) {
    if (verdict.code === 'ENTRY_PENDING_CHECKPOINT') return { kind: 'pending' };
    return { kind: 'fails', code: verdict.code, reason: verdict.reason };
  }
  const history = await checkAgainstSeenCheckpoint(verdict.statement);
  return { kind: 'holds', size: verdict.statement.size, signedAt: new Date(verdict.statement.iat * 1000), history };
}
