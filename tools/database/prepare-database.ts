import type { DataSource } from 'typeorm';
import type { MigrationContext } from '../../migrations';
import { loadDemoData } from '../demo-data/load-demo-data';
import { loadDemoWorkItems } from '../demo-data/load-demo-work-items';
import { seedCitizens } from '../seed/seed-citizens';

// Any fixed number: every process that prepares the database takes this advisory lock.
const PREPARE_LOCK_KEY = 7_302_025;

/**
 * Applies pending migrations and, if asked, the demo data; says what it did. Holds an
 * advisory lock meanwhile, so that several instances starting at once take turns
 * instead of racing to create the same tables.
 */
export async function prepareDatabase(
  dataSource: DataSource,
  options: {
    demoData: boolean;
    generatedCitizens?: number;
    /** The console's demo work (a change request to approve, a finding): `npm start` only. */
    demoWorkItems?: boolean;
    /** The contexts the database holds, whose demo rows it gets; every one by default. */
    contexts?: readonly MigrationContext[];
  },
): Promise<{ migrations: string[]; demoRows: number }> {
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [PREPARE_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    const holdsCitizens = options.contexts?.includes('population') ?? true;
    let demoRows = options.demoData ? await loadDemoData(dataSource, options.contexts) : 0;
    // Generated citizens come with the first demo load only: a restart adds nothing.
    if (demoRows > 0 && holdsCitizens && options.generatedCitizens) {
      demoRows += (await seedCitizens(dataSource, options.generatedCitizens, 'demo')).summary.loaded;
    }
    if (options.demoData && holdsCitizens && options.demoWorkItems) demoRows += await loadDemoWorkItems(dataSource);
    return { migrations: applied.map((migration) => migration.name), demoRows };
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [PREPARE_LOCK_KEY]).catch(() => undefined);
    await lock.release();
  }
}
