import { execFile } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { CHECKPOINT_JWS_TYPE, storedInclusionProof, type EntryProof } from '@app/audit';
import { jwkThumbprint, signJwt, type SigningKey } from '@app/auth';
import { databaseUrl, loadConfig, usesEmbeddedDatabase } from '@app/config';
import { distDir, startTestGraph, type TestGraph } from '../tools/graph/start-graph';

const CITIZENS = ['001085012345', '079190004321', '048088007654', '031203000777', '092195001122'];
const READ = `query ($ids: [String!]!) { citizens(personalIdNumbers: $ids) { personalIdNumber fullName } }`;
const TOOL = join(distDir(), 'tools', 'verify-log', 'main.js');
const LOG_TABLES = ['access_records', 'log_checkpoints', 'log_subtrees'];

let graph: TestGraph;
let scratch: string;
let jwksFile: string;
let database: string;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The compiled tool, as an operator runs it: a database URL and the public keys, and no other setting. */
function verifyLog(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [TOOL, ...args],
      { env: { PATH: process.env.PATH }, cwd: scratch, encoding: 'utf8' },
      (error, stdout, stderr) => resolve({ code: error ? (error.code as number) : 0, stdout, stderr }),
    );
  });
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(command, args, (error, _stdout, stderr) =>
      error ? reject(new Error(stderr || error.message)) : resolve(),
    );
  });
}

const verifyStored = () => verifyLog('--database-url', database, '--jwks', jwksFile, '--batch', '50');

function query<T>(sql: string, parameters: unknown[] = []): Promise<T[]> {
  return graph.database.dataSource.query<T[]>(sql, parameters);
}

/** Agency reads through the gateway, five citizens each: five access records a read. */
async function agencyReads(count: number): Promise<void> {
  const token = graph.tokens.mint({
    kind: 'agency',
    sub: 'bhxh-demo',
    agency: 'BHXH',
    purpose: 'SOCIAL_INSURANCE_ENROLMENT',
    scope: 'population.identity',
  });
  for (let done = 0; done < count; done += 10) {
    await Promise.all(
      Array.from({ length: Math.min(10, count - done) }, async () => {
        const { body } = await request(graph.gatewayUrl)
          .post('/graphql')
          .set('Authorization', `Bearer ${token}`)
          .send({ query: READ, variables: { ids: CITIZENS } })
          .expect(200);
        expect((body as { data: { citizens: { fullName: string }[] } }).data.citizens[0].fullName).toBeTruthy();
      }),
    );
  }
}

/** Waits for the exchange (ACCESS_LOG_CHECKPOINT_SECONDS=1) to sign the log as it is now. */
async function signedUpToHead(): Promise<number> {
  for (const started = Date.now(); Date.now() - started < 30_000;) {
    const [row] = await query<{ head: string; signed: string | null }>(
      'SELECT (SELECT size FROM exchange.access_log_head) AS head, (SELECT max(size) FROM exchange.log_checkpoints) AS signed',
    );
    if (row.signed !== null && row.signed === row.head) return Number(row.head);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('no checkpoint covered the log within 30 s');
}

/** Runs statements as an insider with the database password: triggers off, change, triggers on, commit. */
async function asInsider(statements: [string, unknown[]?][]): Promise<void> {
  await graph.database.dataSource.transaction(async (manager) => {
    for (const table of LOG_TABLES) await manager.query(`ALTER TABLE exchange.${table} DISABLE TRIGGER USER`);
    for (const [sql, parameters] of statements) await manager.query(sql, parameters);
    for (const table of LOG_TABLES) await manager.query(`ALTER TABLE exchange.${table} ENABLE TRIGGER USER`);
  });
}

/**
 * Tampers with the rows of `table` that `where` selects, runs verify-log on the result, and
 * puts those rows back exactly as they were.
 */
async function verifyTampered(table: string, where: string, tamper: [string, unknown[]?][]): Promise<Run> {
  const saved = await query<{ row: unknown }>(`SELECT to_jsonb(t) AS row FROM exchange.${table} t WHERE ${where}`);
  expect(saved.length).toBeGreaterThan(0);
  await asInsider(tamper);
  try {
    return await verifyStored();
  } finally {
    await asInsider([
      [`DELETE FROM exchange.${table} WHERE ${where}`],
      [
        `INSERT INTO exchange.${table} SELECT * FROM jsonb_populate_recordset(null::exchange.${table}, $1::jsonb)`,
        [JSON.stringify(saved.map(({ row }) => row))],
      ],
    ]);
  }
}

function anotherKey(): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const jwk = publicKey.export({ format: 'jwk' }) as Record<string, string>;
  const kid = jwkThumbprint(jwk);
  return { kid, alg: 'EdDSA', privateKey, publicJwk: { ...jwk, kty: jwk.kty, kid, alg: 'EdDSA', use: 'sig' } };
}

let size = 0;
let firstCheckpoint = 0;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'sochung-verify-log-'));
  graph = await startTestGraph({ env: { ACCESS_LOG_CHECKPOINT_SECONDS: '1' } });
  database = databaseUrl(graph.database.config);
  // Two rounds, so that there are several checkpoints; past 256 records, so that a subtree is stored.
  await agencyReads(30);
  firstCheckpoint = await signedUpToHead();
  await agencyReads(30);
  size = await signedUpToHead();
  const { text } = await request(graph.gatewayUrl).get('/.well-known/jwks.json').expect(200);
  jwksFile = join(scratch, 'jwks.json');
  writeFileSync(jwksFile, text);
}, 180_000);

afterAll(async () => {
  await graph?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('npm run verify-log on the log the graph wrote', () => {
  it('holds: every record, checkpoint and subtree, with the key set from the gateway', async () => {
    expect(size).toBeGreaterThanOrEqual(300);
    const [{ checkpoints, subtrees }] = await query<{ checkpoints: string; subtrees: string }>(
      `SELECT (SELECT count(*) FROM exchange.log_checkpoints)::text AS checkpoints,
              (SELECT count(*) FROM exchange.log_subtrees)::text AS subtrees`,
    );
    expect(Number(subtrees)).toBeGreaterThan(0);
    const run = await verifyLog('--database-url', database, '--jwks', `${graph.gatewayUrl}/.well-known/jwks.json`);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(
      new RegExp(
        `^verify-log: OK .*: ${size} records \\(all signed\\), ${checkpoints} checkpoints, ${subtrees} stored subtrees; root [\\w-]{43}; \\d+\\.\\d s\\n$`,
      ),
    );
  });

  it('a changed value in one record: its leaf hash, at that record', async () => {
    const run = await verifyTampered('access_records', 'seq = 17', [
      ["UPDATE exchange.access_records SET purpose = 'TAX_ADMINISTRATION' WHERE seq = 17"],
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^verify-log: BROKEN at record 17, check leaf-hash: the columns of record 17 do not hash/,
    );
    expect(run.stdout).toMatch(/\n {2}expected: [\w-]{43}\n {2}found: {4}[\w-]{43}\n/);
  });

  it('a time moved by a microsecond, which a JavaScript Date would not show', async () => {
    const run = await verifyTampered('access_records', 'seq = 23', [
      ["UPDATE exchange.access_records SET recorded_at = recorded_at + interval '1 microsecond' WHERE seq = 23"],
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^verify-log: BROKEN at record 23, check record-values: .*recorded_at/);
  });

  it('a deleted record: the gap, at its seq', async () => {
    const run = await verifyTampered('access_records', 'seq = 42', [
      ['DELETE FROM exchange.access_records WHERE seq = 42'],
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^verify-log: BROKEN at record 42, check seq: record 42 is missing: deleted\n {2}expected: 42\n {2}found: {4}43\n/,
    );
  });

  it("two records' contents swapped: the first of them", async () => {
    const rows = (
      await query<{ row: { seq: number } }>(
        'SELECT to_jsonb(t) AS row FROM exchange.access_records t WHERE seq IN (30, 31)',
      )
    ).map(({ row }) => ({ seq: Number(row.seq), row }));
    const swap = (from: number, to: number): [string, unknown[]] => [
      `INSERT INTO exchange.access_records
       SELECT * FROM jsonb_populate_record(null::exchange.access_records, $1::jsonb || jsonb_build_object('seq', $2::bigint))`,
      [JSON.stringify(rows.find((row) => row.seq === from)!.row), to],
    ];
    const run = await verifyTampered('access_records', 'seq IN (30, 31)', [
      ['DELETE FROM exchange.access_records WHERE seq IN (30, 31)'],
      swap(30, 31),
      swap(31, 30),
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^verify-log: BROKEN at record 30, check leaf-hash:/);
  });

  it('a checkpoint re-signed with another key: its signature, at the last record it covers', async () => {
    const [row] = await query<{ jws: string }>('SELECT jws FROM exchange.log_checkpoints WHERE size = $1', [
      firstCheckpoint,
    ]);
    const claims = JSON.parse(Buffer.from(row.jws.split('.')[1], 'base64url').toString()) as Record<string, unknown>;
    const forged = signJwt(anotherKey(), claims, CHECKPOINT_JWS_TYPE);
    const run = await verifyTampered('log_checkpoints', `size = ${firstCheckpoint}`, [
      ['UPDATE exchange.log_checkpoints SET jws = $1 WHERE size = $2', [forged, firstCheckpoint]],
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      new RegExp(
        `^verify-log: BROKEN at record ${firstCheckpoint - 1}, check checkpoint-signature: .*signed by another key`,
      ),
    );
  });

  it('a tampered stored subtree: at the record that completes it', async () => {
    const run = await verifyTampered('log_subtrees', 'level = 8 AND index = 0', [
      ['UPDATE exchange.log_subtrees SET hash = $1 WHERE level = 8 AND index = 0', [Buffer.alloc(32)]],
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^verify-log: BROKEN at record 255, check subtree: .*level 8 index 0 \(records 0..255\)/,
    );
    expect(run.stdout).toContain(`found:    ${Buffer.alloc(32).toString('base64url')}`);
  });

  it('holds again once every row is back as it was', async () => {
    await expect(verifyStored()).resolves.toMatchObject({ code: 0, stdout: expect.stringMatching(/^verify-log: OK/) });
  });
});

describe('npm run verify-log on a dump', () => {
  const onPostgres = usesEmbeddedDatabase(loadConfig().database) ? it.skip : it;

  onPostgres('holds on a pg_dump restored into another database, with no setting of the apps', async () => {
    const dump = join(scratch, 'log.dump');
    await run('pg_dump', ['--format=custom', `--file=${dump}`, `--dbname=${database}`]);
    const restored = new URL(database);
    restored.pathname = `/${restored.pathname.slice(1)}_restored`;
    const name = restored.pathname.slice(1);
    await graph.database.dataSource.query(`CREATE DATABASE "${name}"`);
    try {
      await run('pg_restore', ['--no-owner', `--dbname=${restored.toString()}`, dump]);
      const verified = await verifyLog('--database-url', restored.toString(), '--jwks', jwksFile);
      expect(verified).toMatchObject({ code: 0, stdout: expect.stringMatching(`^verify-log: OK .*: ${size} records`) });
    } finally {
      await graph.database.dataSource.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  });
});

describe('npm run verify-log -- --entry', () => {
  it("checks one entry's proof against the signed checkpoint, with the key set only", async () => {
    const [checkpoint] = await query<{ size: string; root_hash: Buffer; jws: string }>(
      'SELECT size, root_hash, jws FROM exchange.log_checkpoints ORDER BY size DESC LIMIT 1',
    );
    const [record] = await query<{ leaf_hash: Buffer }>(
      'SELECT leaf_hash FROM exchange.access_records WHERE seq = 123',
    );
    const entry: EntryProof = {
      seq: 123,
      leafHash: record.leaf_hash.toString('base64url'),
      proof: await storedInclusionProof(
        (sql, parameters) => graph.database.dataSource.query(sql, parameters),
        123,
        Number(checkpoint.size),
      ),
      checkpoint: {
        size: Number(checkpoint.size),
        root: checkpoint.root_hash.toString('base64url'),
        jws: checkpoint.jws,
      },
    };
    const good = join(scratch, 'entry.json');
    writeFileSync(good, JSON.stringify(entry));
    const run = await verifyLog('--entry', good, '--jwks', jwksFile);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(
      new RegExp(`^verify-log: entry 123 is in the log of ${checkpoint.size} records that sochung-registry signed at `),
    );

    const other = await query<{ leaf_hash: Buffer }>('SELECT leaf_hash FROM exchange.access_records WHERE seq = 124');
    const bad = join(scratch, 'bad-entry.json');
    writeFileSync(bad, JSON.stringify({ ...entry, leafHash: other[0].leaf_hash.toString('base64url') }));
    await expect(verifyLog('--entry', bad, '--jwks', jwksFile)).resolves.toMatchObject({
      code: 1,
      stdout: 'verify-log: entry 123 does NOT verify: the proof does not lead from leaf 123 to the signed root\n',
    });
  });
});
