import { parseArgs } from 'node:util';

export const DEFAULT_WITNESS = 'http://127.0.0.1:4006';
export const DEFAULT_BATCH = 10_000;

export const USAGE = `Usage: npm run verify-log -- [--database-url <url>] [--jwks <file or URL>] [--batch <rows>]
                             [--witness <URL>] [--witness-jwks <file or URL>] [--min-size <N> --root <R>]
                             [--by <name> | --no-record]
       npm run verify-log -- --entry <file.json or -> [--jwks <file or URL>] [--witness-jwks <file or URL>]

Checks the access log using only public keys (the registry's and its witness's): no application
secret is read.

The whole log (default): reads every record in seq order, in one snapshot, and checks that
  seq runs 0, 1, 2, … with no gap or repeat     (a deleted, duplicated or moved record)
  each leaf hash is that of the record's columns (a changed value)
  each chain hash follows from the one before   (a record removed, added or reordered)
  each stored subtree is the recomputed one      (access.log_subtrees, which proofs read)
  each checkpoint's JWS verifies with the keys, its claims are its row's, and it signs the
    Merkle root and chain hash of the records up to its size (rewritten history, forgery)
  each checkpoint's cosignature verifies with the witness's keys, over its size and root,
    and at least one checkpoint is cosigned     (a checkpoint the witness never saw)
  the log reaches the witness's latest cosigned size, with the witness's root there
                                                 (the newest records deleted, the log rewound)
  the head (size, chain hash, frontier) is where the records end
and stops at the first break, naming the record, the check, and what was expected and found.
Each run that reaches the database is recorded there (exchange.log_verification_runs: when,
the verdict, the records checked, the anchor, the one-line verdict, who ran it), for the
auditors' log page; a run that cannot be recorded (a read-only connection, say) warns and
keeps its verdict and exit code.

One entry (--entry): checks a tracker entry's proof against the signed, cosigned checkpoint.
It takes what myAccessLog(withProofs: true) returns as it is: one entry, the list of nodes,
or the whole GraphQL response (each entry that carries a proof is checked). - reads stdin.

  --database-url <url>  the PostgreSQL database (or a restored dump); default DATABASE_URL,
                        else the embedded database in DATA_DIR (stop npm start first, or
                        pass its URL: postgres://postgres@127.0.0.1:5499/postgres)
  --jwks <file|URL>     the registry's key set; default the running gateway's,
                        http://<HOST>:<GATEWAY_PORT>/.well-known/jwks.json
  --batch <rows>        rows read at a time, default ${DEFAULT_BATCH}
  --witness <URL>       the witness, whose latest cosigned checkpoint the log must extend;
                        default WITNESS_URL (${DEFAULT_WITNESS})
  --witness-jwks <file|URL>  the witness's key set, default <witness>/.well-known/jwks.json
  --min-size <N> --root <R>  hold the log against a checkpoint you kept (size N, base64url
                        Merkle root R) instead of asking the witness
  --by <name>           who ran it, for the record; default the operating-system user
  --no-record           write nothing to the database: only read it

Exit 0: everything holds (one summary line); 1: a break (or a proof that fails), described;
2: bad usage, or the database, a key set or the witness could not be read.`;

/** A command line verify-log cannot run; the message says what to change. */
export class UsageError extends Error {}

/** A tree given on the command line: the log must extend it. */
export interface GivenAnchor {
  size: number;
  root: string;
}

export type VerifyLogRequest =
  | { mode: 'help' }
  | {
      mode: 'log';
      databaseUrl: string | undefined;
      jwks: string | undefined;
      batch: number;
      witness: string;
      witnessJwks: string;
      anchor: GivenAnchor | null;
      /** Whether the run is written to exchange.log_verification_runs. */
      record: boolean;
      /** --by: who runs it; unset, the operating-system user. */
      by: string | undefined;
    }
  | { mode: 'entry'; entryFile: string; jwks: string | undefined; witnessJwks: string };

type Option = 'database-url' | 'jwks' | 'batch' | 'entry' | 'witness' | 'witness-jwks' | 'min-size' | 'root' | 'by';

/** The longest --by the record keeps. */
export const MAX_RAN_BY = 128;

/** Reads verify-log's arguments; throws UsageError naming what is wrong. */
export function parseVerifyLogArguments(
  args: string[],
  defaults: { witness: string } = { witness: DEFAULT_WITNESS },
): VerifyLogRequest {
  let values: Partial<Record<Option, string>> & { help?: boolean; 'no-record'?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        'database-url': { type: 'string' },
        jwks: { type: 'string' },
        batch: { type: 'string' },
        entry: { type: 'string' },
        witness: { type: 'string' },
        'witness-jwks': { type: 'string' },
        'min-size': { type: 'string' },
        root: { type: 'string' },
        by: { type: 'string' },
        'no-record': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return { mode: 'help' };
  // Unset: the running gateway's, which main resolves from the settings (HOST, GATEWAY_PORT).
  const jwks = values.jwks;
  const witness = (values.witness ?? defaults.witness).replace(/\/+$/, '');
  if (!/^https?:\/\//.test(witness)) throw new UsageError('--witness must be an http:// or https:// URL');
  const witnessJwks = values['witness-jwks'] ?? `${witness}/.well-known/jwks.json`;
  if (values.entry !== undefined) {
    const misplaced = (['database-url', 'batch', 'min-size', 'root'] as const).find(
      (option) => values[option] !== undefined,
    );
    if (misplaced) throw new UsageError(`--${misplaced} does not apply to --entry: a proof needs no database`);
    const recorded = (['by', 'no-record'] as const).find((option) => values[option] !== undefined);
    if (recorded) throw new UsageError(`--${recorded} does not apply to --entry: only a whole-log run is recorded`);
    return { mode: 'entry', entryFile: values.entry, jwks, witnessJwks };
  }
  const databaseUrl = values['database-url'];
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new UsageError('--database-url must be a postgres:// or postgresql:// URL');
  }
  const batch = values.batch === undefined ? DEFAULT_BATCH : Number(values.batch);
  if (!/^\d+$/.test(values.batch ?? '1') || batch < 1 || batch > 1_000_000) {
    throw new UsageError('--batch must be a whole number of rows from 1 to 1000000');
  }
  const record = values['no-record'] !== true;
  if (!record && values.by !== undefined) throw new UsageError('--by and --no-record do not go together');
  return {
    mode: 'log',
    databaseUrl,
    jwks,
    batch,
    witness,
    witnessJwks,
    anchor: givenAnchor(values),
    record,
    by: ranBy(values.by),
  };
}

function ranBy(by: string | undefined): string | undefined {
  if (by === undefined) return undefined;
  const name = by.trim();
  // eslint-disable-next-line no-control-regex
  if (name === '' || name.length > MAX_RAN_BY || /[\u0000-\u001f\u007f]/.test(name)) {
    throw new UsageError(`--by must name who runs it: 1 to ${MAX_RAN_BY} characters on one line`);
  }
  return name;
}

function givenAnchor(values: Partial<Record<Option, string>>): GivenAnchor | null {
  const [size, root] = [values['min-size'], values.root];
  if (size === undefined && root === undefined) return null;
  if (size === undefined || root === undefined) throw new UsageError('--min-size and --root go together');
  if (!/^(0|[1-9]\d{0,15})$/.test(size) || !Number.isSafeInteger(Number(size))) {
    throw new UsageError('--min-size must be a whole number of records');
  }
  if (!/^[A-Za-z0-9_-]{43}$/.test(root))
    throw new UsageError('--root must be a base64url SHA-256 hash (43 characters)');
  return { size: Number(size), root };
}
