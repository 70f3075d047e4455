import { loadConfig } from '@app/config';
import { openDatabase, type OpenDatabase } from '../../../tools/database/open-database';
import { prepareDatabase } from '../../../tools/database/prepare-database';

// The table comes from the exchange's migration once it has landed; until then the tests
// create the same one, and leave the migration's alone when it is there.
const CONSENTS_DDL = `
  CREATE TABLE IF NOT EXISTS exchange.consents (
    id uuid PRIMARY KEY, request_id uuid, agency_code varchar(32) NOT NULL,
    personal_id_number varchar(12) NOT NULL, purpose varchar(64) NOT NULL, categories text[] NOT NULL,
    valid_from timestamptz NOT NULL, valid_to timestamptz NOT NULL, fetch_type varchar(16) NOT NULL,
    max_reads_per_day int NULL, data_life_days int NOT NULL, status varchar(16) NOT NULL,
    granted_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(),
    revoked_at timestamptz NULL, use_count int NOT NULL DEFAULT 0, last_used_at timestamptz NULL,
    uses_today int NOT NULL DEFAULT 0, uses_day date NULL)`;

/** A scratch database (PGlite, or beside DATABASE_URL's) with the exchange's consents table, for tests. */
export async function openConsentDatabase(env: NodeJS.ProcessEnv): Promise<OpenDatabase> {
  const db = await openDatabase(loadConfig({ ...env, NODE_ENV: 'test' }).database, { scratch: true });
  try {
    await prepareDatabase(db.dataSource, { demoData: false });
    await db.dataSource.query(CONSENTS_DDL);
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}
