import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@app/config';
import { openDatabase, type OpenDatabase } from '../../../../tools/database/open-database';
import { prepareDatabase } from '../../../../tools/database/prepare-database';
import { CITIZEN_COLUMNS } from './citizen-columns';
import { CsvParser, csvLine, readCsv } from '@app/bulk-import';
import { CitizenGenerator } from '../../../../tools/seed/citizen-generator';
import { ImportFileError, type ImportSummary } from '@app/bulk-import';
import { CitizenBatchImport, importCitizenCsv } from './import-citizens';
import { RejectsFile } from '@app/bulk-import';

// Runs on a scratch database: PGlite by default, PostgreSQL when DATABASE_URL is set.
describe('importCitizenCsv', () => {
  let db: OpenDatabase;
  let dir: string;

  beforeAll(async () => {
    db = await openDatabase(loadConfig({ ...process.env, NODE_ENV: 'test' }).database, { scratch: true });
    await prepareDatabase(db.dataSource, { demoData: false });
    dir = await mkdtemp(join(tmpdir(), 'sochung-import-'));
  }, 60_000);

  afterAll(async () => {
    await db?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const good = (id: string, overrides: Partial<Record<(typeof CITIZEN_COLUMNS)[number], string>> = {}) => {
    const row: Record<string, string> = {
      personal_id_number: id,
      family_name: 'Nguyễn',
      middle_name: 'Văn',
      given_name: 'An',
      sex: 'male',
      birth_year: '1990',
      birth_month: '5',
      birth_day: '17',
      place_of_birth: 'Hà Nội',
      ethnicity_code: '01',
      permanent_province_code: '001',
      permanent_address: 'Số 1, ngõ 2 Lê Lợi, phường Hòa Bình',
      phone: '0912345678',
      email: 'an.nguyen@example.vn',
      ...overrides,
    };
    return CITIZEN_COLUMNS.map((column) => row[column]);
  };

  /** The file: header on line 1, then one row per line unless a field spans lines. */
  const lines = [
    csvLine(CITIZEN_COLUMNS),
    csvLine(good('001090000001')), // 2
    csvLine(good('12345', { given_name: 'Bình' })), // 3: bad ID
    csvLine(good('001090000003', { birth_year: '1991', birth_month: '2', birth_day: '31' })), // 4: 31 Feb
    csvLine(good('001090000004', { given_name: 'Ch\u0000i' })), // 5: NUL
    csvLine(good('001090000005', { ethnicity_code: '99' })), // 6: unknown ethnic group
    csvLine(good('001090000006', { family_name: 'Đ'.repeat(101) })), // 7: too long
    csvLine(good('001090000007').slice(0, 13)), // 8: missing column
    // 9-10: a line break is a control character, refused as the API refuses it
    csvLine(good('001090000010', { permanent_address: 'Ấp 3,\nxã Phú Mỹ' })),
    // 11: year-only birth, no middle name, text to be trimmed and made NFC, a 2025 province code
    csvLine(
      good('079195000008', {
        family_name: 'Tra\u0302\u0300n', // decomposed (NFD)
        middle_name: '',
        given_name: ' Thị Ánh ',
        sex: 'female',
        birth_year: '1995',
        birth_month: '',
        birth_day: '',
        permanent_province_code: '79',
        permanent_address: 'Ấp 3, xã Phú Mỹ',
        phone: '',
        email: '',
      }),
    ),
    csvLine(good('001090000009', { sex: 'female' })), // 12: loaded, but the number says male
    csvLine(good('001090000001', { given_name: 'Again' })), // 13: same number as line 2
  ];
  const GOOD_IDS = ['001090000001', '079195000008', '001090000009'];

  const runImport = async (name: string, batchSize: number) => {
    const file = join(dir, name);
    await writeFile(file, lines.join(''));
    const rejectsPath = join(dir, `${name}.rejects.csv`);
    const rejects = await RejectsFile.open(rejectsPath);
    let summary: ImportSummary;
    try {
      summary = await importCitizenCsv(db.dataSource, readCsv(createReadStream(file, { encoding: 'utf8' })), {
        reason: `import ${name}`,
        changedBy: 'import',
        batchSize,
        rejects,
      });
    } finally {
      await rejects.close();
    }
    const parser = new CsvParser();
    const rejected = [...parser.push(await readFile(rejectsPath, 'utf8')), ...parser.end()].map((r) => r.fields);
    return { summary, rejected };
  };

  const count = async (sql: string, parameters: unknown[] = []) =>
    Number((await db.dataSource.query<{ n: string }[]>(sql, parameters))[0].n);

  it('loads the good rows, rejects the bad ones with line, field and reason', async () => {
    const { summary, rejected } = await runImport('citizens.csv', 5000); // lines 2 and 13 in one batch
    expect(summary).toEqual({ read: 11, loaded: 3, alreadyRegistered: 1, rejected: 7, idMismatches: 1 });
    // The mismatch is loaded, and a finding is opened for stewards, as registerCitizen would.
    expect(await count(`SELECT count(*) AS n FROM population.data_quality_findings WHERE opened_by = 'system'`)).toBe(
      1,
    );
    expect(rejected[0]).toEqual(['line', 'field', 'reason', ...CITIZEN_COLUMNS]);
    expect(rejected.slice(1).map(([line, field]) => [line, field])).toEqual([
      ['3', 'personal_id_number'],
      ['4', 'birth_day'],
      ['5', 'given_name'],
      ['6', 'ethnicity_code'],
      ['7', 'family_name'],
      ['8', 'email'],
      ['9', 'permanent_address'],
    ]);
    const reasons = rejected.slice(1).map((row) => row[2]);
    expect(reasons[0]).toBe('must be a personal ID number of 12 digits');
    expect(reasons[1]).toBe('1991-2-31 is not a real date');
    expect(reasons[2]).toBe('contains control characters (such as NUL)');
    expect(reasons[3]).toMatch(/ethnic group codes/);
    expect(reasons[4]).toBe('must be at most 100 characters');
    expect(reasons[5]).toBe('the row has 13 fields, the header 14');
    expect(reasons[6]).toBe('contains control characters (such as NUL)');
    // The refused row as it was, to be corrected and imported again.
    expect(rejected[1].slice(3)).toEqual(good('12345', { given_name: 'Bình' }));

    const stored = await db.dataSource.query<Record<string, unknown>[]>(
      `SELECT personal_id_number, family_name, middle_name, given_name, search_name, birth_year, birth_month,
              birth_day, permanent_address, phone, version
       FROM population.citizens WHERE personal_id_number = ANY($1) ORDER BY personal_id_number`,
      [GOOD_IDS],
    );
    expect(stored).toHaveLength(3);
    expect(stored[0]).toMatchObject({ given_name: 'An', search_name: 'nguyen van an', version: 1 });
    expect(stored[2]).toMatchObject({
      family_name: 'Tr\u1EA7n',
      middle_name: '',
      given_name: 'Thị Ánh',
      search_name: 'tran thi anh',
      birth_year: 1995,
      birth_month: null,
      birth_day: null,
      permanent_address: 'Ấp 3, xã Phú Mỹ',
      phone: null,
    });
  });

  it('records exactly one register version per loaded citizen, its snapshot the stored row', async () => {
    const versions = await db.dataSource.query<Record<string, unknown>[]>(
      `SELECT c.personal_id_number, v.version, v.change_kind, v.reason, v.changed_by,
              v.snapshot ->> 'personal_id_number' AS snapshot_id, v.snapshot = to_jsonb(c) AS snapshot_is_row
       FROM population.citizen_versions v JOIN population.citizens c ON c.id = v.citizen_id
       WHERE c.personal_id_number = ANY($1) ORDER BY 1`,
      [GOOD_IDS],
    );
    expect(versions).toEqual(
      [...GOOD_IDS].sort().map((id) => ({
        personal_id_number: id,
        version: 1,
        change_kind: 'register',
        reason: 'import citizens.csv',
        changed_by: 'import',
        snapshot_id: id,
        snapshot_is_row: true,
      })),
    );
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await db.dataSource.query('SELECT id, updated_at FROM population.citizens ORDER BY id');
    const versionsBefore = await count('SELECT count(*) AS n FROM population.citizen_versions');
    const { summary, rejected } = await runImport('citizens.csv', 2);
    expect(summary).toEqual({ read: 11, loaded: 0, alreadyRegistered: 4, rejected: 7, idMismatches: 1 });
    expect(rejected).toHaveLength(8);
    expect(await db.dataSource.query('SELECT id, updated_at FROM population.citizens ORDER BY id')).toEqual(before);
    expect(await count('SELECT count(*) AS n FROM population.citizen_versions')).toBe(versionsBefore);
    expect(
      await count(
        `SELECT count(*) AS n FROM population.citizens c
         WHERE (SELECT count(*) FROM population.citizen_versions v WHERE v.citizen_id = c.id) <> 1`,
      ),
    ).toBe(0);
  });

  it('refuses a file whose header does not name the columns', async () => {
    const file = join(dir, 'bad-header.csv');
    await writeFile(file, 'personal_id_number,name\n001090000099,An\n');
    await expect(
      importCitizenCsv(db.dataSource, readCsv(createReadStream(file, { encoding: 'utf8' })), {
        reason: 'import bad-header.csv',
        changedBy: 'import',
        batchSize: 10,
      }),
    ).rejects.toThrow(ImportFileError);
  });

  it('loads generated rows through the same validation and batches (the seed path), once', async () => {
    const load = async () => {
      const run = new CitizenBatchImport(db.dataSource, { reason: 'seed spec', changedBy: 'seed', batchSize: 700 });
      let line = 1;
      for (const row of new CitizenGenerator('import-spec').citizens(2000)) await run.add(++line, row);
      return run.finish();
    };
    expect(await load()).toEqual({ read: 2000, loaded: 2000, alreadyRegistered: 0, rejected: 0, idMismatches: 0 });
    expect(await load()).toEqual({ read: 2000, loaded: 0, alreadyRegistered: 2000, rejected: 0, idMismatches: 0 });
    expect(
      await count(
        `SELECT count(*) AS n FROM population.citizen_versions WHERE changed_by = 'seed' AND reason = 'seed spec'`,
      ),
    ).toBe(2000);
  });

  it('stops after the batch under way when asked to', async () => {
    const run = new CitizenBatchImport(db.dataSource, {
      reason: 'stop spec',
      changedBy: 'import',
      batchSize: 10,
      shouldStop: () => true,
    });
    let line = 1;
    for (const row of new CitizenGenerator('stop-spec').citizens(100)) {
      if (!(await run.add(++line, row))) break;
    }
    const summary = await run.finish();
    expect(run.wasStopped).toBe(true);
    // The first batch is written while the second fills; the rows read so far are kept.
    expect(summary.read).toBeLessThan(100);
    expect(summary.loaded).toBe(summary.read);
    expect(await count(`SELECT count(*) AS n FROM population.citizen_versions WHERE reason = 'stop spec'`)).toBe(
      summary.loaded,
    );
  });
});
