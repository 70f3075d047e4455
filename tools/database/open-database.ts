import { type DatabaseConfig } from '@app/config';
import {
  openDatabaseWith,
  type OpenDatabase as OpenedDatabase,
  type OpenOptions as LibOpenOptions,
} from '@app/database';
import { MIGRATION_CONTEXTS, migrationsOf, type MigrationContext } from '../../migrations';
import { entitiesOf } from './all-entities';

export { embeddedDataDir } from '@app/database';

export interface OpenDatabase extends OpenedDatabase {
  /** The contexts it holds. */
  contexts: readonly MigrationContext[];
}

export interface OpenOptions extends LibOpenOptions {
  /** The contexts this database holds (its migrations and entities); every one by default. */
  contexts?: readonly MigrationContext[];
}

/**
 * A DataSource with the entities and migrations of `contexts` (every one by default), for tools
 * and tests. With no DATABASE_URL it opens the embedded database itself.
 */
export async function openDatabase(database: DatabaseConfig, options: OpenOptions = {}): Promise<OpenDatabase> {
  const contexts = options.contexts ?? MIGRATION_CONTEXTS;
  const opened = await openDatabaseWith(
    database,
    { entities: entitiesOf(contexts), migrations: migrationsOf(contexts) },
    options,
  );
  return { ...opened, contexts };
}
