import type { DataSource } from 'typeorm';
import { loadDemoData } from '../demo-data/load-demo-data';

/** Applies pending migrations and, if asked, the demo data; says what it did. */
export async function prepareDatabase(
  dataSource: DataSource,
  options: { demoData: boolean },
): Promise<{ migrations: string[]; demoRows: number }> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  const demoRows = options.demoData ? await loadDemoData(dataSource) : 0;
  return { migrations: applied.map((migration) => migration.name), demoRows };
}
