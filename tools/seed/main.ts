import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { ConfigError } from '@app/config';
import { CITIZEN_COLUMNS } from '../../apps/population/src';
import { csvLine, DEFAULT_BATCH_SIZE, MAX_BATCH_SIZE, RejectsOnConsole } from '@app/bulk-import';
import {
  describeImport,
  EmbeddedDatabaseBusyError,
  progressReporter,
  withPreparedDatabase,
} from '../import/import-session';
import { ENTERPRISE_COLUMNS } from '../../apps/business-registry/src';
import { CitizenGenerator } from './citizen-generator';
import { EnterpriseGenerator } from './enterprise-generator';
import { seedCitizens, seedEnterprises } from './seed-citizens';

const DEFAULT_SEED = 'sochung';

const USAGE = `Usage: node dist/tools/seed/main.js --citizens N [--enterprises M] [--seed S]
         [--out file.csv [--enterprises-out file.csv]] [--batch 5000]

Generates N synthetic citizens, the same ones for the same seed (default "${DEFAULT_SEED}"),
and with --enterprises M enterprises whose legal representatives and owners are adults among
those N citizens. With --out, writes them as CSV for tools/import (enterprises to
--enterprises-out, by default <out without .csv>-enterprises.csv); without, registers them in
the configured database (DATABASE_URL, or the embedded database in DATA_DIR) through the
importer's rules and batch loader, after applying pending migrations, citizens first.
The enterprises file has one row per enterprise, its collections in list columns:
see node dist/tools/import/main.js --help.`;

const MAX_CITIZENS = 100_000_000;
// Rows per write: large enough that the per-write overhead vanishes, small enough to stream.
const ROWS_PER_CHUNK = 1000;

async function main(args: string[]): Promise<number> {
  const parsed = parseCommandLine(() =>
    parseArgs({
      args,
      allowPositionals: true,
      options: {
        citizens: { type: 'string' },
        enterprises: { type: 'string', default: '0' },
        'enterprises-out': { type: 'string' },
        seed: { type: 'string', default: DEFAULT_SEED },
        out: { type: 'string' },
        batch: { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
        help: { type: 'boolean' },
      },
    }),
  );
  if (!parsed) return 2;
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const count = Number(values.citizens);
  const enterpriseCount = Number(values.enterprises);
  const batchSize = Number(values.batch);
  if (
    positionals.length > 0 ||
    !Number.isInteger(count) ||
    count < 1 ||
    count > MAX_CITIZENS ||
    !Number.isInteger(enterpriseCount) ||
    enterpriseCount < 0 ||
    enterpriseCount > MAX_CITIZENS ||
    (values['enterprises-out'] !== undefined && !values.out) ||
    !Number.isInteger(batchSize) ||
    batchSize < 1 ||
    batchSize > MAX_BATCH_SIZE
  ) {
    console.error(USAGE);
    return 2;
  }
  const generator = new CitizenGenerator(values.seed);
  if (values.out) {
    const startedAt = performance.now();
    await writeCsv(values.out, CITIZEN_COLUMNS, generator.citizens(count));
    await report('citizens', count, values.out, startedAt, values.seed);
    if (enterpriseCount > 0) {
      const out = values['enterprises-out'] ?? `${values.out.replace(/\.csv$/i, '')}-enterprises.csv`;
      const enterprisesStartedAt = performance.now();
      const enterprises = new EnterpriseGenerator(values.seed, count);
      await writeCsv(out, ENTERPRISE_COLUMNS, enterprises.enterprises(enterpriseCount));
      await report('enterprises', enterpriseCount, out, enterprisesStartedAt, values.seed);
    }
    return 0;
  }
  return withPreparedDatabase('sochung-seed', async (dataSource, interrupted) => {
    const startedAt = performance.now();
    const { summary, stopped } = await seedCitizens(dataSource, count, values.seed, {
      batchSize,
      rejects: new RejectsOnConsole(),
      onBatch: progressReporter(100_000, startedAt),
      shouldStop: interrupted,
    });
    console.log(describeImport(summary, (performance.now() - startedAt) / 1000, stopped));
    if (stopped) return 130;
    let rejected = summary.rejected;
    if (enterpriseCount > 0) {
      console.log('enterprises:');
      const enterprisesStartedAt = performance.now();
      const loaded = await seedEnterprises(dataSource, enterpriseCount, count, values.seed, {
        batchSize,
        rejects: new RejectsOnConsole(),
        onBatch: progressReporter(100_000, enterprisesStartedAt),
        shouldStop: interrupted,
      });
      console.log(describeImport(loaded.summary, (performance.now() - enterprisesStartedAt) / 1000, loaded.stopped));
      if (loaded.stopped) return 130;
      rejected += loaded.summary.rejected;
    }
    return rejected > 0 ? 1 : 0;
  });
}

/** Streams the rows to a CSV file, waiting whenever the file falls behind. */
async function writeCsv<C extends string>(
  path: string,
  columns: readonly C[],
  rows: Iterable<Record<C, string>>,
): Promise<void> {
  const out = createWriteStream(path, { encoding: 'utf8' });
  let chunk = csvLine(columns);
  let inChunk = 0;
  const write = async () => {
    if (!out.write(chunk)) await once(out, 'drain');
    chunk = '';
    inChunk = 0;
  };
  for (const row of rows) {
    chunk += csvLine(columns.map((column) => row[column]));
    if (++inChunk === ROWS_PER_CHUNK) await write();
  }
  if (chunk) await write();
  out.end();
  await once(out, 'finish');
}

async function report(what: string, count: number, path: string, startedAt: number, seed: string): Promise<void> {
  const seconds = (performance.now() - startedAt) / 1000;
  const { size } = await stat(path);
  console.log(
    `wrote ${count} ${what} (seed "${seed}") to ${path}: ${(size / 1024 / 1024).toFixed(1)} MiB ` +
      `in ${seconds.toFixed(1)} s (${Math.round(count / seconds)} rows/s), ` +
      `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
}

/** The parsed command line, or null after printing what is wrong with it and the usage. */
function parseCommandLine<T>(parse: () => T): T | null {
  try {
    return parse();
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return null;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError || error instanceof EmbeddedDatabaseBusyError ? error.message : error);
    process.exit(1);
  },
);
