import { callServer } from '../../api/http';
import { fetchEntryWithProof, type Entry, type LogSubject } from './tracker-api';
import { checkEntryProof, type KeySet } from './proof-check';

/** What the page says of an entry after checking it. */
export type Verdict =
  { kind: 'holds' } | { kind: 'fails'; reason: string } | { kind: 'pending' } | { kind: 'notFound' };

/**
 * The registry's and the witness's published key sets, through the portal's own server (same
 * origin). Fetched once per page load: keys rotate rarely, and a new one is fetched on reload.
 */
let keySets: Promise<{ registry: KeySet; witness: KeySet }> | null = null;
function publishedKeySets() {
  keySets ??= Promise.all([
    callServer<KeySet>('/.well-known/jwks.json'),
    callServer<KeySet>('/witness/.well-known/jwks.json'),
  ]).then(([registry, witness]) => ({ registry, witness }));
  keySets.catch(() => (keySets = null)); // a failed fetch is tried again next time
  return keySets;
}

/**
 * "Verify": the entry is fetched again with its inclusion proof and the cosigned checkpoint,
 * and checked here, in the browser, against the published keys (the same check as
 * `verify-log --entry`).
 */
export async function verifyEntry(subject: LogSubject, entry: Entry): Promise<Verdict> {
  const proven = await fetchEntryWithProof(subject, entry);
  if (!proven) return { kind: 'notFound' };
  if (proven.pendingCheckpoint) return { kind: 'pending' };
  const keys = await publishedKeySets();
  const verdict = await checkEntryProof(proven, keys.registry, keys.witness);
  return verdict.ok ? { kind: 'holds' } : { kind: 'fails', reason: verdict.reason };
}
