import { parseArgs } from 'node:util';

export const DEFAULT_BATCH = 10_000;

export const USAGE = `Usage: npm run verify-log -- [--database-url <url>] [--jwks <file or URL>] [--batch <rows>]
       npm run verify-log -- --entry <file.json> [--jwks <file or URL>]

Checks the access log using only the registry's public keys: no application secret is read.

The whole log (default): reads every record in seq order, in one snapshot, and checks that
  seq runs 0, 1, 2, … with no gap or repeat     (a deleted, duplicated or moved record)
  each leaf hash is that of the record's columns (a changed value)
  each chain hash follows from the one before   (a record removed, added or reordered)
  each stored subtree is the recomputed one      (exchange.log_subtrees, which proofs read)
  each checkpoint's JWS verifies with the keys, its claims are its row's, and it signs the
    Merkle root and chain hash of the records up to its size (rewritten history, forgery)
  the head (size, chain hash, frontier) is where the records end
and stops at the first break, naming the record, the check, and what was expected and found.

One entry (--entry): checks a tracker entry's proof, { seq, leafHash, proof, checkpoint:
{ size, root, jws } } as myAccessLog(withProofs: true) gives it, against the signed checkpoint.

  --database-url <url>  the PostgreSQL database (or a restored dump); default DATABASE_URL,
                        else the embedded database in DATA_DIR (stop npm start first, or
                        pass its URL: postgres://postgres@127.0.0.1:5499/postgres)
  --jwks <file|URL>     the registry's key set; default the running gateway's,
                        http://<HOST>:<GATEWAY_PORT>/.well-known/jwks.json
  --batch <rows>        rows read at a time, default ${DEFAULT_BATCH}

Exit 0: everything holds (one summary line); 1: a break (or a proof that fails), described;
2: bad usage, or the database or key set could not be read.`;

/** A command line verify-log cannot run; the message says what to change. */
export class UsageError extends Error {}

export type VerifyLogRequest =
  | { mode: 'help' }
  | { mode: 'log'; databaseUrl: string | undefined; jwks: string | undefined; batch: number }
  | { mode: 'entry'; entryFile: string; jwks: string | undefined };

/** Reads verify-log's arguments; throws UsageError naming what is wrong. */
export function parseVerifyLogArguments(args: string[]): VerifyLogRequest {
  let values: Partial<Record<'database-url' | 'jwks' | 'batch' | 'entry', string>> & { help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        'database-url': { type: 'string' },
        jwks: { type: 'string' },
        batch: { type: 'string' },
        entry: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return { mode: 'help' };
  // Unset: the running gateway's, which main resolves from the settings (HOST, GATEWAY_PORT).
  const jwks = values.jwks;
  if (values.entry !== undefined) {
    const misplaced = (['database-url', 'batch'] as const).find((option) => values[option] !== undefined);
    if (misplaced) throw new UsageError(`--${misplaced} does not apply to --entry: a proof needs no database`);
    return { mode: 'entry', entryFile: values.entry, jwks };
  }
  const databaseUrl = values['database-url'];
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new UsageError('--database-url must be a postgres:// or postgresql:// URL');
  }
  const batch = values.batch === undefined ? DEFAULT_BATCH : Number(values.batch);
  if (!/^\d+$/.test(values.batch ?? '1') || batch < 1 || batch > 1_000_000) {
    throw new UsageError('--batch must be a whole number of rows from 1 to 1000000');
  }
  return { mode: 'log', databaseUrl, jwks, batch };
}
