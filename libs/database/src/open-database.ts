import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { usesEmbeddedDatabase, type DatabaseConfig } from '@app/config';
import { guardDataSourceConnections } from './connection-errors';
import { dataSourceOptions, type DataSourceParts } from './data-source-options';
import { EmbeddedPostgresServer } from './embedded/embedded-postgres-server';

/** Where the embedded database keeps its files inside the data folder. */
export function embeddedDataDir(database: DatabaseConfig): string {
  return join(database.dataDir, 'pglite');
}

export interface OpenDatabase {
  dataSource: DataSource;
  /** The embedded server, when this process started one. */
  embedded: EmbeddedPostgresServer | null;
  /** The settings other processes use to reach the same database. */
  config: DatabaseConfig;
  /** Environment variables that point another process at this database. */
  env: Record<string, string>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Port for an embedded server this process starts; 0 picks a free one. */
  embeddedPort?: number;
  /**
   * A database of its own that disappears on close: an in-memory PGlite, or on PostgreSQL a
   * new database beside DATABASE_URL's, dropped afterwards. Tests use it to stay apart.
   */
  scratch?: boolean;
  applicationName?: string;
}

/**
 * A DataSource with `parts`' entities and migrations (not yet run), for tools and tests. With no
 * DATABASE_URL it opens the embedded database itself.
 */
export async function openDatabaseWith(
  database: DatabaseConfig,
  parts: Pick<DataSourceParts, 'entities' | 'migrations'>,
  options: OpenOptions = {},
): Promise<OpenDatabase> {
  let embedded: EmbeddedPostgresServer | null = null;
  let dropScratch: (() => Promise<void>) | null = null;
  let config = database;
  if (usesEmbeddedDatabase(database)) {
    embedded = await EmbeddedPostgresServer.start({
      dataDir: options.scratch ? 'memory://' : embeddedDataDir(database),
      port: options.embeddedPort ?? 0,
    });
    config = { ...database, embeddedPort: embedded.port };
  } else if (options.scratch) {
    const scratch = await createScratchDatabase(database.url!);
    config = { ...database, url: scratch.url };
    dropScratch = scratch.drop;
  }
  const dataSource = new DataSource(
    dataSourceOptions(config, {
      ...parts,
      applicationName: options.applicationName ?? 'sochung-tools',
      longStatements: true,
    }),
  );
  const close = async () => {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    await dropScratch?.();
  };
  try {
    await dataSource.initialize();
    guardDataSourceConnections(dataSource);
  } catch (error) {
    await close();
    throw error;
  }
  const env: Record<string, string> = embedded
    ? { EMBEDDED_DB_PORT: String(embedded.port) }
    : { DATABASE_URL: config.url! };
  return { dataSource, embedded, config, env, close };
}

async function createScratchDatabase(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `sochung_scratch_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const scratchUrl = new URL(url);
  scratchUrl.pathname = `/${name}`;
  return {
    url: scratchUrl.toString(),
    drop: async () => {
      const client = new Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
