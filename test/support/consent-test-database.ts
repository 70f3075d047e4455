import { loadConfig } from '@app/config';
import { openDatabase, type OpenDatabase } from '../../tools/database/open-database';
import { prepareDatabase } from '../../tools/database/prepare-database';

// The exchange's migration makes the table; these tests drive the lookup alone, so their
// consents stand without the requests that the consent domain would have made first.
const WITHOUT_REQUESTS = 'ALTER TABLE exchange.consents DROP CONSTRAINT fk_consents_request_id';

/** A scratch database (PGlite, or beside DATABASE_URL's), migrated, for the consent lookup's tests. */
export async function openConsentDatabase(env: NodeJS.ProcessEnv): Promise<OpenDatabase> {
  const db = await openDatabase(loadConfig({ ...env, NODE_ENV: 'test' }).database, { scratch: true });
  try {
    await prepareDatabase(db.dataSource, { demoData: false });
    await db.dataSource.query(WITHOUT_REQUESTS);
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}
