import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@app/config';
import { openDatabase, type OpenDatabase } from '../../../../tools/database/open-database';
import { prepareDatabase } from '../../../../tools/database/prepare-database';
import { EnterpriseGenerator } from '../../../../tools/seed/enterprise-generator';
import { CsvParser, csvLine, readCsv } from '@app/bulk-import';
import { ENTERPRISE_COLUMNS, type EnterpriseCsvRow } from './enterprise-columns';
import { EnterpriseBatchImport, importEnterpriseCsv } from './import-enterprises';
import type { ImportSummary } from '@app/bulk-import';
import { RejectsFile } from '@app/bulk-import';

// Runs on a scratch database: PGlite by default, PostgreSQL when DATABASE_URL is set.
describe('importEnterpriseCsv', () => {
  let db: OpenDatabase;
  let dir: string;

  beforeAll(async () => {
    db = await openDatabase(loadConfig({ ...process.env, NODE_ENV: 'test' }).database, { scratch: true });
    await prepareDatabase(db.dataSource, { demoData: false });
    dir = await mkdtemp(join(tmpdir(), 'sochung-import-enterprises-'));
  }, 60_000);

  afterAll(async () => {
    await db?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const good = (code: string, overrides: Partial<EnterpriseCsvRow> = {}) => {
    const row: EnterpriseCsvRow = {
      enterprise_code: code,
      name: 'Công ty TNHH Thương mại Minh Phát',
      foreign_name: 'Minh Phat Company Limited',
      abbreviation: '',
      type: 'multi_member_llc',
      status: 'active',
      establishment_date: '2015-03-20',
      head_office_province_code: '001',
      head_office_address: 'Số 1 Lê Lợi, phường Hòa Bình',
      charter_capital: '2000000000',
      business_lines: 'VSIC2018|4711|main;VSIC2018|4722',
      legal_representatives: '001085000001|Giám đốc',
      owners: 'person|001085000001|1200000000;name|Lion City Capital Pte. Ltd.|800000000',
      branches: `${code}-001|branch|Chi nhánh Minh Phát tại Đà Nẵng|048|Số 2 Bạch Đằng, phường Hải Châu`,
      ...overrides,
    };
    return ENTERPRISE_COLUMNS.map((column) => row[column]);
  };

  const lines = [
    csvLine(ENTERPRISE_COLUMNS),
    csvLine(good('0100233488')), // 2
    csvLine(good('0100233489')), // 3: check digit
    csvLine(good('0314409058', { business_lines: 'VSIC2018|4711|main;VSIC2018|4722|main' })), // 4: two main lines
    csvLine(good('0100112437', { owners: 'person|001085000001|2000000001' })), // 5: owners over capital
    csvLine(good('0312687878', { establishment_date: '2019-02-31' })), // 6: 31 Feb
    csvLine(good('0100109106', { name: 'Công ty TNHH A\u0000B' })), // 7: NUL
    csvLine(good('0300588569', { branches: '0300588569-01|branch|Chi nhánh|048|Số 2 Bạch Đằng' })), // 8: branch code
    // 9: no branches, no owners, VSIC2025, a 2025 province code, text to trim and make NFC, suspended
    csvLine(
      good('0314409058', {
        name: ' Công ty Cổ phần Ha\u0300 Nội ',
        type: 'joint_stock_company',
        status: 'suspended',
        establishment_date: '2025-12-01',
        head_office_province_code: '79',
        business_lines: 'VSIC2025|6201|main',
        owners: '',
        branches: '',
      }),
    ),
    csvLine(good('0100233488', { name: 'Again' })), // 10: same code as line 2
  ];
  const GOOD = ['0100233488', '0314409058'];

  const runImport = async (name: string, batchSize: number) => {
    const file = join(dir, name);
    await writeFile(file, lines.join(''));
    const rejectsPath = join(dir, `${name}.rejects.csv`);
    const rejects = await RejectsFile.open(rejectsPath);
    let summary: ImportSummary;
    try {
      summary = await importEnterpriseCsv(db.dataSource, readCsv(createReadStream(file, { encoding: 'utf8' })), {
        reason: `import ${name}`,
        changedBy: 'import',
        batchSize,
        rejects,
        today: new Date(Date.UTC(2026, 10, 1)),
      });
    } finally {
      await rejects.close();
    }
    const parser = new CsvParser();
    const rejected = [...parser.push(await readFile(rejectsPath, 'utf8')), ...parser.end()].map((r) => r.fields);
    return { summary, rejected };
  };

  const query = <T = Record<string, unknown>>(sql: string, parameters: unknown[] = []) =>
    db.dataSource.query<T[]>(sql, parameters);
  const count = async (sql: string, parameters: unknown[] = []) =>
    Number((await query<{ n: string }>(sql, parameters))[0].n);

  it('loads the good rows, rejects the bad ones with line, field and reason', async () => {
    const { summary, rejected } = await runImport('enterprises.csv', 5000);
    expect(summary).toEqual({ read: 9, loaded: 2, alreadyRegistered: 1, rejected: 6, idMismatches: 0 });
    expect(rejected[0]).toEqual(['line', 'field', 'reason', ...ENTERPRISE_COLUMNS]);
    expect(rejected.slice(1).map(([line, field, reason]) => [line, field, reason])).toEqual([
      ['3', 'enterprise_code', expect.stringMatching(/enterprise code/i)],
      ['4', 'business_lines', 'must have exactly one main line (got 2)'],
      ['5', 'owners', 'contributions (2000000001) exceed the charter capital (2000000000)'],
      ['6', 'establishment_date', '2019-02-31 is not a real date'],
      ['7', 'name', 'contains control characters (such as NUL)'],
      ['8', 'branches', expect.stringMatching(/^item 1: .*branch/i)],
    ]);
    expect(rejected[1].slice(3)).toEqual(good('0100233489'));
  });

  it('stores the collections and one register version whose snapshot is the stored enterprise', async () => {
    const stored = await query(
      `SELECT enterprise_code, name, status, type, head_office_province_code, charter_capital, version
       FROM business.enterprises WHERE enterprise_code = ANY($1) ORDER BY enterprise_code`,
      [GOOD],
    );
    expect(stored).toEqual([
      expect.objectContaining({ enterprise_code: '0100233488', name: 'Công ty TNHH Thương mại Minh Phát', version: 1 }),
      expect.objectContaining({
        enterprise_code: '0314409058',
        name: 'Công ty Cổ phần Hà Nội',
        status: 'suspended',
        head_office_province_code: '79',
        version: 1,
      }),
    ]);
    const [first] = await query<{ lines: number; main: string; reps: number; owners: number; branch: string }>(
      `SELECT (SELECT count(*)::int FROM business.business_lines l WHERE l.enterprise_id = e.id) AS lines,
              (SELECT code FROM business.business_lines l WHERE l.enterprise_id = e.id AND l.is_main) AS main,
              (SELECT count(*)::int FROM business.legal_representatives r WHERE r.enterprise_id = e.id) AS reps,
              (SELECT count(*)::int FROM business.owners o WHERE o.enterprise_id = e.id) AS owners,
              (SELECT branch_code FROM business.branches b WHERE b.enterprise_id = e.id) AS branch
       FROM business.enterprises e WHERE e.enterprise_code = '0100233488'`,
    );
    expect(first).toEqual({ lines: 2, main: '4711', reps: 1, owners: 2, branch: '0100233488-001' });
    const versions = await query<Record<string, unknown>>(
      `SELECT e.enterprise_code, v.version, v.change_kind, v.reason, v.changed_by,
              jsonb_array_length(v.snapshot -> 'business_lines') AS lines,
              jsonb_array_length(v.snapshot -> 'owners') AS owners,
              jsonb_array_length(v.snapshot -> 'branches') AS branches,
              v.snapshot -> 'legal_representatives' -> 0 ->> 'personal_id_number' AS representative,
              v.snapshot ->> 'enterprise_code' AS snapshot_code
       FROM business.enterprise_versions v JOIN business.enterprises e ON e.id = v.enterprise_id
       WHERE e.enterprise_code = ANY($1) ORDER BY 1`,
      [GOOD],
    );
    const note = { version: 1, change_kind: 'register', reason: 'import enterprises.csv', changed_by: 'import' };
    expect(versions).toEqual([
      {
        enterprise_code: '0100233488',
        ...note,
        lines: 2,
        owners: 2,
        branches: 1,
        representative: '001085000001',
        snapshot_code: '0100233488',
      },
      {
        enterprise_code: '0314409058',
        ...note,
        lines: 1,
        owners: 0,
        branches: 0,
        representative: '001085000001',
        snapshot_code: '0314409058',
      },
    ]);
  });

  it('changes nothing when the same file is imported again', async () => {
    const snapshot = () =>
      query(`SELECT e.id, e.updated_at, e.version,
                    (SELECT count(*) FROM business.enterprise_versions v WHERE v.enterprise_id = e.id) AS versions,
                    (SELECT count(*) FROM business.business_lines l WHERE l.enterprise_id = e.id) AS lines,
                    (SELECT count(*) FROM business.owners o WHERE o.enterprise_id = e.id) AS owners,
                    (SELECT count(*) FROM business.branches b WHERE b.enterprise_id = e.id) AS branches,
                    (SELECT count(*) FROM business.legal_representatives r WHERE r.enterprise_id = e.id) AS reps
             FROM business.enterprises e ORDER BY e.id`);
    const before = await snapshot();
    const { summary, rejected } = await runImport('enterprises.csv', 1);
    expect(summary).toEqual({ read: 9, loaded: 0, alreadyRegistered: 3, rejected: 6, idMismatches: 0 });
    expect(rejected).toHaveLength(7);
    expect(await snapshot()).toEqual(before);
  });

  it('loads generated enterprises in batches, each with one version, once', async () => {
    const load = async () => {
      const run = new EnterpriseBatchImport(db.dataSource, { reason: 'seed spec', changedBy: 'seed', batchSize: 170 });
      let line = 1;
      for (const row of new EnterpriseGenerator('import-spec', 2000).enterprises(500)) await run.add(++line, row);
      return run.finish();
    };
    expect(await load()).toEqual({ read: 500, loaded: 500, alreadyRegistered: 0, rejected: 0, idMismatches: 0 });
    expect(await load()).toEqual({ read: 500, loaded: 0, alreadyRegistered: 500, rejected: 0, idMismatches: 0 });
    expect(await count(`SELECT count(*) AS n FROM business.enterprise_versions WHERE reason = 'seed spec'`)).toBe(500);
    expect(
      await count(
        `SELECT count(*) AS n FROM business.enterprises e
         WHERE NOT EXISTS (SELECT 1 FROM business.business_lines l WHERE l.enterprise_id = e.id AND l.is_main)`,
      ),
    ).toBe(0);
  });
});
