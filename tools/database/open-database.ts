import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { usesEmbeddedDatabase, type DatabaseConfig } from '@app/config';
import { EmbeddedPostgresServer, dataSourceOptions } from '@app/database';
import { ALL_MIGRATIONS } from '../../migrations';
import { ALL_ENTITIES } from './all-entities';

/** Where the embedded database keeps its files inside the data folder. */
export function embeddedDataDir(database: DatabaseConfig): string {
  return join(database.dataDir, 'pglite');
}

export interface OpenDatabase {
  dataSource: DataSource;
  /** The embedded server, when this process started one. */
  embedded: EmbeddedPostgresServer | null;
  close(): Promise<void>;
}

/**
 * A DataSource with every entity and migration, for tools. With no DATABASE_URL it opens
 * the embedded database itself (`embeddedPort` 0 picks any free port; `memory` a throwaway one).
 */
export async function openDatabase(
  database: DatabaseConfig,
  options: { embeddedPort?: number; memory?: boolean; applicationName?: string } = {},
): Promise<OpenDatabase> {
  let embedded: EmbeddedPostgresServer | null = null;
  let config = database;
  if (usesEmbeddedDatabase(database)) {
    embedded = await EmbeddedPostgresServer.start({
      dataDir: options.memory ? 'memory://' : embeddedDataDir(database),
      port: options.embeddedPort ?? 0,
    });
    config = { ...database, embeddedPort: embedded.port };
  }
  const dataSource = new DataSource(
    dataSourceOptions(config, {
      entities: ALL_ENTITIES,
      migrations: ALL_MIGRATIONS,
      applicationName: options.applicationName ?? 'sochung-tools',
    }),
  );
  try {
    await dataSource.initialize();
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  return {
    dataSource,
    embedded,
    close: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
