import { loadConfig } from '@app/config';
import { ETHNIC_GROUPS, LEGACY_PROVINCES, PROVINCES_2025, VSIC_SECTIONS, provinceSinceMerger } from '@app/identifiers';
import { AccessLogWriter, type AccessRecordInput } from '@app/access';
import { pendingSchemaChanges } from '@app/database';
import { ALL_MIGRATIONS } from '../../migrations';
import { loadDemoData } from '../demo-data/load-demo-data';
import { loadDemoWorkItems } from '../demo-data/load-demo-work-items';
import { openDatabase, type OpenDatabase } from './open-database';
import { prepareDatabase } from './prepare-database';

const REQUEST_ID = '6f1d2c3b-4a59-4e6f-8a7b-9c0d1e2f3a4b';

function releasedRecord(n: number): AccessRecordInput {
  return {
    outcome: 'released',
    requestId: `move-${n}`,
    recordedBy: 'population',
    callerKind: 'agency',
    callerId: 'demo-tax-system',
    agencyCode: 'DEMO-TAX',
    officerId: null,
    caseReference: null,
    purpose: 'TAX_REGISTRATION',
    subjectKind: 'citizen',
    subjectId: '001085012345',
    categories: ['population.identity'],
    fields: ['fullName'],
    bases: { 'population.identity': { kind: 'agreement', agreementNumber: 'DSA-2026-0001' } },
    consentIds: [],
    sealedUntil: null,
    valuesHash: '0'.repeat(64),
  };
}

/** Every row of the access core's tables, in `schema`, in a stable order: what a move must keep. */
async function accessCoreRows(db: OpenDatabase, schema: 'exchange' | 'access'): Promise<Record<string, unknown[]>> {
  const rows: Record<string, unknown[]> = {};
  for (const table of ['agencies', 'purposes', 'agency_systems', 'agreements', 'consents', 'access_records']) {
    rows[table] = await db.dataSource.query(`SELECT * FROM ${schema}.${table} ORDER BY 1`);
  }
  rows.access_log_head = await db.dataSource.query(`SELECT * FROM ${schema}.access_log_head`);
  return rows;
}

// Runs on a scratch database: PGlite by default, PostgreSQL when DATABASE_URL is set.
describe('migrations', () => {
  let db: OpenDatabase;

  beforeAll(async () => {
    db = await openDatabase(loadConfig({ ...process.env, NODE_ENV: 'test' }).database, { scratch: true });
  }, 60_000);

  afterAll(async () => {
    await db?.close();
  });

  const tables = async () =>
    (
      await db.dataSource.query<{ name: string }[]>(
        `SELECT table_schema || '.' || table_name AS name FROM information_schema.tables
         WHERE table_schema IN ('population', 'business', 'exchange', 'access') ORDER BY 1`,
      )
    ).map((row) => row.name);

  it('build from nothing exactly the schema the entities describe (no drift)', async () => {
    const result = await prepareDatabase(db.dataSource, { demoData: false });
    expect(result.migrations).toHaveLength(ALL_MIGRATIONS.length);
    expect(await pendingSchemaChanges(db.dataSource)).toEqual({ up: [], down: [] });
    expect(await tables()).toEqual([
      'access.access_log_head',
      'access.access_records',
      'access.agencies',
      'access.agency_systems',
      'access.agreement_daily_records',
      'access.agreements',
      'access.consents',
      'access.log_checkpoints',
      'access.log_subtrees',
      'access.purposes',
      'business.branches',
      'business.business_lines',
      'business.enterprise_versions',
      'business.enterprises',
      'business.legal_representatives',
      'business.owners',
      'exchange.access_dispute_versions',
      'exchange.access_disputes',
      'exchange.client_assertions',
      'exchange.consent_receipts',
      'exchange.consent_requests',
      'exchange.log_verification_runs',
      'exchange.system_keys',
      'population.change_requests',
      'population.citizen_imports',
      'population.citizen_versions',
      'population.citizens',
      'population.data_quality_findings',
    ]);
  });

  it('revert one by one to nothing, and apply again', async () => {
    for (let i = 0; i < ALL_MIGRATIONS.length; i++) await db.dataSource.undoLastMigration({ transaction: 'each' });
    expect(await tables()).toEqual([]);
    await prepareDatabase(db.dataSource, { demoData: false });
    expect(await pendingSchemaChanges(db.dataSource)).toEqual({ up: [], down: [] });
  });

  it('give records from before versioning a search key and a first version', async () => {
    // Back to before AddCitizenDetailsAndVersions, undoing whatever came after it too.
    const executed = async () =>
      (await db.dataSource.query<{ name: string }[]>('SELECT name FROM schema_migrations')).map((m) => m.name);
    while ((await executed()).includes('AddCitizenDetailsAndVersions1795442287411')) {
      await db.dataSource.undoLastMigration({ transaction: 'each' });
    }
    await db.dataSource.query(
      `INSERT INTO population.citizens (personal_id_number, family_name, middle_name, given_name, sex, version)
       VALUES ('001190000042', 'ĐẶNG', 'Thị', 'Ánh', 'female', 3)`,
    );
    await prepareDatabase(db.dataSource, { demoData: false });
    const [row] = await db.dataSource.query<{ search_name: string; versions: number }[]>(
      `SELECT c.search_name, (SELECT count(*)::int FROM population.citizen_versions v WHERE v.citizen_id = c.id AND v.version = 3) AS versions
       FROM population.citizens c WHERE personal_id_number = '001190000042'`,
    );
    expect(row).toEqual({ search_name: 'dang thi anh', versions: 1 });
    await db.dataSource.query(`DELETE FROM population.citizen_versions; DELETE FROM population.citizens`);
  });

  it('loads the demo data once: a second load adds nothing and keeps what users changed', async () => {
    const first = await loadDemoData(db.dataSource);
    expect(first).toBeGreaterThan(0);
    await db.dataSource.query(`UPDATE access.agencies SET status = 'suspended' WHERE code = 'DEMO-BANK'`);
    expect(await loadDemoData(db.dataSource)).toBe(0);
    const [counts] = await db.dataSource.query<Record<string, number>[]>(
      `SELECT (SELECT count(*) FROM population.citizens)::int AS citizens,
              (SELECT count(*) FROM business.enterprises)::int AS enterprises,
              (SELECT count(*) FROM business.legal_representatives)::int AS representatives,
              (SELECT count(*) FROM access.agencies)::int AS agencies,
              (SELECT count(*) FROM access.purposes)::int AS purposes,
              (SELECT count(*) FROM access.agency_systems WHERE status = 'active')::int AS systems,
              (SELECT count(*) FROM access.agreements WHERE status = 'approved')::int AS agreements`,
    );
    expect(counts).toEqual({
      citizens: 5,
      enterprises: 3,
      representatives: 4,
      agencies: 6,
      purposes: 5,
      systems: 6,
      agreements: 4,
    });
    const [bank] = await db.dataSource.query<{ status: string }[]>(
      `SELECT status FROM access.agencies WHERE code = 'DEMO-BANK'`,
    );
    expect(bank.status).toBe('suspended');
  });

  it('loads the console’s demo work once: a request decided since does not come back', async () => {
    expect(await loadDemoWorkItems(db.dataSource)).toBe(2);
    const [request] = await db.dataSource.query<Record<string, unknown>[]>(
      `SELECT r.kind, r.status, r.requested_by AS "requestedBy", r.base_version = c.version AS "atCurrentVersion"
         FROM population.change_requests r JOIN population.citizens c ON c.id = r.citizen_id`,
    );
    expect(request).toEqual({ kind: 'identity', status: 'pending', requestedBy: 'st-lan', atCurrentVersion: true });
    await db.dataSource.query(`UPDATE population.change_requests SET status = 'rejected', decided_by = 'st-minh'`);
    expect(await loadDemoWorkItems(db.dataSource)).toBe(0);
    const [counts] = await db.dataSource.query<Record<string, number>[]>(
      `SELECT (SELECT count(*) FROM population.change_requests)::int AS requests,
              (SELECT count(*) FROM population.data_quality_findings WHERE status = 'open')::int AS findings`,
    );
    expect(counts).toEqual({ requests: 1, findings: 1 });
  });

  it('load the reference data exactly as libs/identifiers holds it', async () => {
    const rows = async (sql: string) => db.dataSource.query<Record<string, string | null>[]>(sql);
    expect(
      await rows(
        `SELECT code, name, valid_from::text AS "validFrom", valid_to::text AS "validTo" FROM reference.legacy_provinces ORDER BY code`,
      ),
    ).toEqual(LEGACY_PROVINCES);
    const crosswalk = await rows(
      `SELECT legacy_code AS legacy, province_code AS province FROM reference.province_crosswalk ORDER BY legacy_code`,
    );
    expect(crosswalk).toHaveLength(63);
    expect(crosswalk.every((row) => provinceSinceMerger(row.legacy!) === row.province)).toBe(true);
    expect(
      await rows(`SELECT code, name, valid_from::text AS "validFrom" FROM reference.ethnic_groups ORDER BY code`),
    ).toEqual(ETHNIC_GROUPS);
    expect(
      await rows(
        `SELECT version, code, name, valid_from::text AS "validFrom", valid_to::text AS "validTo" FROM reference.vsic_sections ORDER BY version, code`,
      ),
    ).toEqual(VSIC_SECTIONS);
    expect(await rows(`SELECT code, name FROM reference.provinces ORDER BY code`)).toEqual(
      PROVINCES_2025.map(({ code, name }) => ({ code, name })),
    );
  });

  it('refuses rows the constraints forbid, with named constraints', async () => {
    await expect(
      db.dataSource.query(
        `INSERT INTO population.citizens (personal_id_number, family_name, given_name, sex, version) VALUES ('001085012345', 'X', 'Y', 'male', 1)`,
      ),
    ).rejects.toThrow(/uq_citizens_personal_id_number/);
    await expect(
      db.dataSource.query(
        `INSERT INTO population.citizens (personal_id_number, family_name, given_name, sex, version) VALUES ('001085000001', 'X', 'Y', 'other', 1)`,
      ),
    ).rejects.toThrow(/ck_citizens_sex/);
  });

  it('holds one open dispute per access-log entry, and any number of decided ones', async () => {
    const dispute = (status: string) =>
      db.dataSource.query(
        `INSERT INTO exchange.access_disputes (entry_seq, personal_id_number, text, status, opened_at, updated_at, version)
         VALUES (42, '001085012345', 'x', $1, now(), now(), 1)`,
        [status],
      );
    await dispute('answered');
    await dispute('rejected');
    await dispute('open');
    await expect(dispute('under_review')).rejects.toThrow(/uq_access_disputes_open_entry/);
    await expect(dispute('closed')).rejects.toThrow(/ck_access_disputes_status/);
    await db.dataSource.query('DELETE FROM exchange.access_disputes WHERE entry_seq = 42');
  });

  it('move the access core out of the exchange schema with every row, and the log stays append-only', async () => {
    // Rows as the running graph makes them: a consent with its request, records through the
    // log's own writer (the demo agencies and agreements are loaded above).
    await db.dataSource.query(
      `INSERT INTO exchange.consent_requests (id, agency_code, client_id, personal_id_number, purpose, categories,
         valid_from, valid_to, fetch_type, data_life_days, status, answer_by)
       VALUES ($1, 'DEMO-BANK', 'demo-bank-system', '001085012345', 'ACCOUNT_OPENING_KYC', '{population.identity}',
         now(), now() + interval '1 day', 'one_time', 30, 'granted', now() + interval '1 day')`,
      [REQUEST_ID],
    );
    await db.dataSource.query(
      `INSERT INTO access.consents (request_id, agency_code, personal_id_number, purpose, categories,
         valid_from, valid_to, fetch_type, data_life_days, status, granted_at, updated_at)
       VALUES ($1, 'DEMO-BANK', '001085012345', 'ACCOUNT_OPENING_KYC', '{population.identity}',
         now(), now() + interval '1 day', 'one_time', 30, 'active', now(), now())`,
      [REQUEST_ID],
    );
    const writer = new AccessLogWriter(db.dataSource, { flushDelayMs: 0, maxBatch: 10, timeoutMs: 5000 });
    await writer.write([1, 2, 3].map(releasedRecord));

    // Back to the previous schema, the rows where it kept them; then forward again.
    const executed = async () =>
      (await db.dataSource.query<{ name: string }[]>('SELECT name FROM schema_migrations')).map((m) => m.name);
    while ((await executed()).includes('MoveAccessCoreToAccessSchema1796400000000')) {
      await db.dataSource.undoLastMigration({ transaction: 'each' });
    }
    const previous = await accessCoreRows(db, 'exchange');
    expect(previous.access_records).toHaveLength(3);
    expect(previous.consents).toHaveLength(1);
    expect(previous.agencies.length).toBeGreaterThan(0);

    await prepareDatabase(db.dataSource, { demoData: false });

    expect(await accessCoreRows(db, 'access')).toEqual(previous);
    await expect(db.dataSource.query('DELETE FROM access.access_records')).rejects.toThrow(/append-only/);
    expect(await pendingSchemaChanges(db.dataSource)).toEqual({ up: [], down: [] });
    // The log goes on from where it was: the next record is the fourth.
    await writer.write([releasedRecord(4)]);
    const [head] = await db.dataSource.query<{ size: string }[]>('SELECT size FROM access.access_log_head');
    expect(head.size).toBe('4');
  });
});
