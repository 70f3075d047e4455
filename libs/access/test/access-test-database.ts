import { loadConfig } from '@app/config';
import { openDatabaseWith, type OpenDatabase } from '@app/database';
import { DEMO_ACCESS_ROWS } from '@app/demo-data';
import { migrationsOf } from '../../../migrations';
import { loadAccessDemoData } from '../src/demo/load-access-demo-data';
import { ACCESS_LOG_ENTITIES } from '../src/log/access-log-entities';

/**
 * A scratch database for the access core's own tests (PGlite, or beside DATABASE_URL's): the
 * migrations of the exchange and the core, which the core's tables come from, and, if asked, the
 * core's demo agencies and agreements. No app and no tool: the core is tested on its own.
 */
export async function openAccessTestDatabase(
  env: NodeJS.ProcessEnv,
  options: { demoData?: boolean } = {},
): Promise<OpenDatabase> {
  const db = await openDatabaseWith(
    loadConfig({ ...env, NODE_ENV: 'test' }).database,
    { entities: ACCESS_LOG_ENTITIES, migrations: migrationsOf(['exchange', 'access']) },
    { scratch: true, applicationName: 'sochung-access-test' },
  );
  try {
    await db.dataSource.runMigrations({ transaction: 'each' });
    if (options.demoData) await db.dataSource.transaction((manager) => loadAccessDemoData(manager, DEMO_ACCESS_ROWS));
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}
