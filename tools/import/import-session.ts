import type { DataSource } from 'typeorm';
import { ConfigError, databaseConfigProblem, loadConfig, usesEmbeddedDatabase } from '@app/config';
import { DataDirInUseError } from '@app/database';
import { embeddedDataDir, openDatabase, type OpenDatabase } from '../database/open-database';
import { prepareDatabase } from '../database/prepare-database';
import type { ImportSummary } from '@app/bulk-import';

/** The embedded database is open in another process (npm start): a tool says so in one line and stops. */
export class EmbeddedDatabaseBusyError extends Error {
  constructor(cause: DataDirInUseError) {
    super(
      `the embedded database in ${cause.dataDir} is in use by process ${cause.pid} (npm start?): ` +
        'stop it first, or set DATABASE_URL to load a PostgreSQL database',
    );
  }
}

/**
 * Opens the configured database (DATABASE_URL, or the embedded PGlite in DATA_DIR), applies
 * pending migrations, runs `work`, and closes it again, also when `work` fails. A first
 * Ctrl-C asks `work` to stop after the batch under way (see `interrupted`), so that the
 * embedded database is always closed cleanly; committed batches stay.
 */
export async function withPreparedDatabase<T>(
  applicationName: string,
  work: (dataSource: DataSource, interrupted: () => boolean) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  const problem = databaseConfigProblem(config);
  if (problem) throw new ConfigError([problem]);
  let interrupted = false;
  const onSignal = () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    console.error('stopping after the batch under way… (Ctrl-C again to quit at once)');
  };
  const db = await openPreparedDatabase(config.database, applicationName);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    console.error(
      usesEmbeddedDatabase(config.database)
        ? `database: embedded PGlite in ${embeddedDataDir(config.database)}`
        : 'database: PostgreSQL (DATABASE_URL)',
    );
    const prepared = await prepareDatabase(db.dataSource, { demoData: false });
    if (prepared.migrations.length > 0) console.error(`applied migrations: ${prepared.migrations.join(', ')}`);
    return await work(db.dataSource, () => interrupted);
  } finally {
    await db.close();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

async function openPreparedDatabase(
  database: Parameters<typeof openDatabase>[0],
  applicationName: string,
): Promise<OpenDatabase> {
  try {
    return await openDatabase(database, { applicationName });
  } catch (error) {
    if (error instanceof DataDirInUseError) throw new EmbeddedDatabaseBusyError(error);
    throw error;
  }
}

/** The closing report of a load: counts, time, rate and the process's peak memory. */
export function describeImport(summary: ImportSummary, seconds: number, stopped: boolean): string {
  const rate = seconds > 0 ? Math.round(summary.read / seconds) : 0;
  const peakRssMb = (process.resourceUsage().maxRSS / 1024).toFixed(0);
  return [
    stopped ? 'stopped before the end of the input (batches loaded so far are kept)' : null,
    `rows read            ${summary.read}`,
    `loaded               ${summary.loaded}`,
    `already registered   ${summary.alreadyRegistered}`,
    `rejected             ${summary.rejected}`,
    summary.idMismatches > 0
      ? `ID/record mismatches ${summary.idMismatches} (loaded; the number disagrees with birth year or sex)`
      : null,
    `seconds              ${seconds.toFixed(1)}`,
    `rows/s               ${rate}`,
    `peak RSS             ${peakRssMb} MB`,
  ]
    .filter((line) => line !== null)
    .join('\n');
}

/** A progress line for stderr, every so many rows. */
export function progressReporter(every: number, startedAt: number): (summary: Readonly<ImportSummary>) => void {
  let next = every;
  return (summary) => {
    if (summary.read < next) return;
    next = (Math.floor(summary.read / every) + 1) * every;
    const seconds = (performance.now() - startedAt) / 1000;
    console.error(
      `… ${summary.read} rows, ${summary.loaded} loaded, ${summary.alreadyRegistered} already registered, ` +
        `${summary.rejected} rejected (${Math.round(summary.read / seconds)} rows/s)`,
    );
  };
}
