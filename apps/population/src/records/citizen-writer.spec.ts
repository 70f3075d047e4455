import { loadConfig } from '@app/config';
import { openDatabase, type OpenDatabase } from '../../../../tools/database/open-database';
import { prepareDatabase } from '../../../../tools/database/prepare-database';
import { CitizenEntity } from './citizen.entity';
import { StaleVersionError } from '@app/errors';
import { applyCitizenChange } from './citizen-writer';

// Real concurrent transactions on a scratch database (PGlite, or PostgreSQL with DATABASE_URL).
describe('applyCitizenChange under concurrency', () => {
  let db: OpenDatabase;

  beforeAll(async () => {
    db = await openDatabase(loadConfig({ ...process.env, NODE_ENV: 'test' }).database, { scratch: true });
    await prepareDatabase(db.dataSource, { demoData: true });
  }, 60_000);

  afterAll(async () => {
    await db?.close();
  });

  const load = () => db.dataSource.getRepository(CitizenEntity).findOneByOrFail({ personalIdNumber: '001085012345' });

  it('shows why: two plain save() calls based on the same version both "succeed", and one edit is silently lost', async () => {
    const [a, b] = await Promise.all([load(), load()]);
    a.phone = '0900000001';
    b.phone = '0900000002';
    const results = await Promise.allSettled([
      db.dataSource.transaction((m) => m.save(a)),
      db.dataSource.transaction((m) => m.save(b)),
    ]);
    // Neither was refused, though both were based on the same version: save() does not check it.
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
    expect(['0900000001', '0900000002']).toContain((await load()).phone);
  });

  it('lets exactly one of two edits based on the same version through, the other gets STALE_VERSION', async () => {
    const base = await load();
    const edit = (columns: Partial<CitizenEntity>) =>
      db.dataSource.transaction(async (manager) => {
        const current = await manager.findOneByOrFail(CitizenEntity, { id: base.id });
        return applyCitizenChange(manager, current, base.version, columns, {
          kind: 'correct',
          reason: 'race',
          changedBy: 'test',
        });
      });
    const results = await Promise.allSettled([edit({ phone: '0911111111' }), edit({ religion: 'Công giáo' })]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const [rejected] = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected.reason).toBeInstanceOf(StaleVersionError);
    expect(rejected.reason).toMatchObject({
      details: { expectedVersion: base.version, currentVersion: base.version + 1 },
    });
    const after = await load();
    expect(after.version).toBe(base.version + 1);
    const versions = await db.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM population.citizen_versions WHERE citizen_id = $1 AND version > $2',
      [base.id, base.version],
    );
    expect(versions[0].n).toBe(1); // the winner's version, recorded once; the loser wrote nothing
  });
});
