import { parseArgs } from 'node:util';

export interface BenchOptions {
  quick: boolean;
  citizens: number;
  enterprises: number;
  connections: number;
  /** W2's: each of its answers takes seconds, so --quick's short rounds need fewer in flight, and longer. */
  w2Connections: number;
  w2RoundSeconds: number;
  rounds: number;
  roundSeconds: number;
  warmupSeconds: number;
  /** The log on/off comparison's connection counts: 16 and 64 (--quick: 16 only). */
  logConnections: number[];
  engines: ('postgres' | 'pglite')[];
  keepDatabase: boolean;
  /** PostgreSQL server the bench database is created on (its own database, dropped after). */
  adminUrl: string;
  resultsDir: string;
}

export const USAGE = `Usage: npm run bench -- [--quick] [--citizens N] [--enterprises M] [--connections C]
       [--rounds R] [--seconds S] [--warmup S] [--engine postgres|pglite|both] [--keep-database]
       [--admin-url postgres://postgres@127.0.0.1:5432/postgres] [--results bench/results]

Defaults: 1,000,000 citizens, 100,000 enterprises, 32 connections, 3 rounds of 15 s after a
10 s warm-up, both engines, the access log on and off at 16 and 64 connections. --quick:
20,000 citizens, 2,000 enterprises, 3 rounds of 1 s after 1 s (W2: 3 s at 8 connections), the
log on and off at 16 only (numbers reported, not asserted). Explicit options win over --quick's.`;

const QUICK = { citizens: 20_000, enterprises: 2_000, rounds: 3, roundSeconds: 1, warmupSeconds: 1 };
const FULL = { citizens: 1_000_000, enterprises: 100_000, rounds: 3, roundSeconds: 15, warmupSeconds: 10 };

export function parseBenchArguments(args: string[]): BenchOptions | 'help' {
  const { values } = parseArgs({
    args,
    options: {
      quick: { type: 'boolean', default: false },
      citizens: { type: 'string' },
      enterprises: { type: 'string' },
      connections: { type: 'string', default: '32' },
      rounds: { type: 'string' },
      seconds: { type: 'string' },
      warmup: { type: 'string' },
      engine: { type: 'string', default: 'both' },
      'keep-database': { type: 'boolean', default: false },
      'admin-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
      results: { type: 'string', default: 'bench/results' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return 'help';
  const base = values.quick ? QUICK : FULL;
  const engine = values.engine;
  if (engine !== 'postgres' && engine !== 'pglite' && engine !== 'both') {
    throw new Error(`--engine must be postgres, pglite or both, not ${engine}`);
  }
  const rounds = whole('--rounds', values.rounds, base.rounds);
  const connections = whole('--connections', values.connections, 32);
  const roundSeconds = whole('--seconds', values.seconds, base.roundSeconds);
  if (rounds < 3) throw new Error('--rounds must be at least 3: the median needs a spread');
  return {
    quick: values.quick,
    citizens: whole('--citizens', values.citizens, base.citizens),
    enterprises: whole('--enterprises', values.enterprises, base.enterprises),
    connections,
    w2Connections: values.quick ? Math.min(8, connections) : connections,
    w2RoundSeconds: values.quick ? Math.max(3, roundSeconds) : roundSeconds,
    rounds,
    roundSeconds,
    warmupSeconds: whole('--warmup', values.warmup, base.warmupSeconds),
    logConnections: values.quick ? [16] : [16, 64],
    engines: engine === 'both' ? ['postgres', 'pglite'] : [engine],
    keepDatabase: values['keep-database'],
    adminUrl: values['admin-url'],
    resultsDir: values.results,
  };
}

function whole(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`${name} must be a positive whole number`);
  return number;
}
