import { existsSync } from 'node:fs';
import { Client } from 'pg';
import type { DatabaseConfig } from '@app/config';
import { DataDirInUseError, EmbeddedPostgresServer } from '@app/database';
import { embeddedDataDir } from '../database/open-database';

/** The database could not be reached; the message says which and why (never a password). */
export class LogConnectionError extends Error {}

export interface LogConnection {
  client: Client;
  /** The database, for the summary: host and name, or the embedded folder. */
  where: string;
  close(): Promise<void>;
}

/**
 * A connection to the database that holds the log: `databaseUrl` (--database-url), else
 * DATABASE_URL, else the embedded database in DATA_DIR, opened by this process.
 */
export async function connectToLog(databaseUrl: string | undefined, database: DatabaseConfig): Promise<LogConnection> {
  const url = databaseUrl ?? database.url;
  let embedded: EmbeddedPostgresServer | null = null;
  let where: string;
  if (url) {
    const parsed = new URL(url);
    where = `${parsed.host}${parsed.pathname}`;
  } else {
    const dataDir = embeddedDataDir(database);
    if (!existsSync(dataDir)) {
      throw new LogConnectionError(`there is no embedded database in ${dataDir}: set DATABASE_URL or --database-url`);
    }
    try {
      embedded = await EmbeddedPostgresServer.start({ dataDir, port: 0 });
    } catch (error) {
      if (error instanceof DataDirInUseError) {
        throw new LogConnectionError(
          `${error.message}, or verify the running one: --database-url postgres://postgres@127.0.0.1:${database.embeddedPort}/postgres`,
        );
      }
      throw error;
    }
    where = dataDir;
  }
  const client = new Client({ connectionString: url ?? embedded!.url, application_name: 'sochung-verify-log' });
  try {
    await client.connect();
  } catch (error) {
    await embedded?.stop();
    throw new LogConnectionError(`cannot connect to ${where}: ${(error as Error).message}`);
  }
  return {
    client,
    where,
    close: async () => {
      await client.end();
      await embedded?.stop();
    },
  };
}
