/**
 * The tracker entries in what the user passed to --entry: one entry (the API's AccessLogEntry
 * or EntryProof's shape), a list of them, a connection ({ nodes }), or the whole GraphQL
 * response ({ data: { myAccessLog: { nodes } } }). An entry is an object with a leafHash.
 */
export function entriesIn(json: unknown, depth = 0): unknown[] {
  if (depth > 8 || typeof json !== 'object' || json === null) return [];
  if (Array.isArray(json)) return json.flatMap((item) => entriesIn(item, depth + 1));
  if ('leafHash' in json) return [json];
  return Object.values(json).flatMap((value) => entriesIn(value, depth + 1));
}

/** Why an entry carries no proof to check (sealed, or no cosigned checkpoint yet), or null. */
export function unprovable(entry: unknown): string | null {
  const json = entry as { sealed?: unknown; pendingCheckpoint?: unknown; leafHash?: unknown };
  if (json.sealed === true) return 'sealed: it carries no proof until it opens';
  if (json.pendingCheckpoint === true) return 'no cosigned checkpoint covers it yet';
  if (json.leafHash === null) return 'it carries no proof (ask with withProofs: true)';
  return null;
}
