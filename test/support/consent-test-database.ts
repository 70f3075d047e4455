import { loadConfig } from '@app/config';
import { openDatabase, type OpenDatabase } from '../../tools/database/open-database';
import { prepareDatabase } from '../../tools/database/prepare-database';

/**
 * A scratch database (PGlite, or beside DATABASE_URL's), migrated, for the consent lookup's
 * tests. Their consents stand without the exchange's requests: the access core keeps no key
 * into the exchange's workflow.
 */
export async function openConsentDatabase(env: NodeJS.ProcessEnv): Promise<OpenDatabase> {
  const db = await openDatabase(loadConfig({ ...env, NODE_ENV: 'test' }).database, { scratch: true });
  try {
    await prepareDatabase(db.dataSource, { demoData: false });
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}
