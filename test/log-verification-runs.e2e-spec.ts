import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { databaseUrl, loadConfig, usesEmbeddedDatabase } from '@app/config';
import { distDir, startTestGraph, type TestGraph } from '../tools/graph/start-graph';
import { agencyAuthorization, citizenAuthorization } from './support/agencies';
import { errorOf, graphqlClient } from './support/graphql';

const TOOL = join(distDir(), 'tools', 'verify-log', 'main.js');
const CITIZENS = ['001085012345', '079190004321', '048088007654'];
const RUNS = `query ($first: Int) {
  logVerificationRuns(first: $first) {
    id startedAt finishedAt verdict entriesChecked anchorSize anchorRoot anchoredBy summary ranBy } }`;

interface Run {
  id: string;
  startedAt: string;
  finishedAt: string;
  verdict: 'HOLDS' | 'BREAK' | 'COULD_NOT_CHECK';
  entriesChecked: string;
  anchorSize: string | null;
  anchorRoot: string | null;
  anchoredBy: string | null;
  summary: string;
  ranBy: string;
}

let graph: TestGraph;
let scratch: string;
let database: string;
let size = 0;
const gql = graphqlClient(() => graph.gatewayUrl);
const auditor = () => `Bearer ${graph.tokens.mint({ kind: 'auditor', sub: 'aud-chi' })}`;

/** The compiled tool as an operator runs it: a database URL, the gateway's and the witness's keys, no other setting. */
function verifyLog(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [TOOL, '--jwks', `${graph.gatewayUrl}/.well-known/jwks.json`, '--witness', graph.witnessUrl, ...args],
      { env: { PATH: process.env.PATH }, cwd: scratch },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function runs(first?: number): Promise<Run[]> {
  const { body } = await gql(RUNS, first === undefined ? {} : { first }, auditor()).expect(200);
  expect(body.errors).toBeUndefined();
  return (body as { data: { logVerificationRuns: Run[] } }).data.logVerificationRuns;
}

const recorded = async () =>
  Number(
    (
      await graph.database.dataSource.query<{ count: string }[]>(
        'SELECT count(*)::text AS count FROM exchange.log_verification_runs',
      )
    )[0].count,
  );

/** Waits for the exchange (ACCESS_LOG_CHECKPOINT_SECONDS=1) to sign the log as it is now, and the witness to cosign it. */
async function signedUpToHead(): Promise<number> {
  for (const started = Date.now(); Date.now() - started < 30_000;) {
    const [row] = await graph.database.dataSource.query<{ head: string; signed: string | null }[]>(
      `SELECT (SELECT size FROM access.access_log_head) AS head,
              (SELECT max(size) FROM access.log_checkpoints WHERE cosignature IS NOT NULL) AS signed`,
    );
    if (row.signed !== null && row.signed === row.head) return Number(row.head);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('no cosigned checkpoint covered the log within 30 s');
}

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'sochung-verify-runs-'));
  graph = await startTestGraph({ env: { ACCESS_LOG_CHECKPOINT_SECONDS: '1' } });
  database = databaseUrl(graph.database.config);
  const { body } = await request(graph.gatewayUrl)
    .post('/graphql')
    .set('Authorization', agencyAuthorization(graph, 'BHXH', 'SOCIAL_INSURANCE_ENROLMENT'))
    .send({
      query: 'query ($ids: [String!]!) { citizens(personalIdNumbers: $ids) { fullName } }',
      variables: { ids: CITIZENS },
    })
    .expect(200);
  expect((body as { errors?: unknown }).errors).toBeUndefined();
  size = await signedUpToHead();
}, 120_000);

afterAll(async () => {
  await graph?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('verify-log records its runs, and auditors read them through the gateway', () => {
  it('none before the tool ran', async () => {
    await expect(runs()).resolves.toEqual([]);
  });

  it('a run that holds: when, the verdict, the records checked, the anchor, its line, who ran it', async () => {
    const before = Date.now();
    const run = await verifyLog('--database-url', database, '--by', 'aud-chi');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const [newest, ...older] = await runs();
    expect(older).toEqual([]);
    expect(newest).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      startedAt: expect.any(String),
      finishedAt: expect.any(String),
      verdict: 'HOLDS',
      entriesChecked: String(size),
      anchorSize: String(size),
      anchorRoot: expect.stringMatching(/^[\w-]{43}$/),
      anchoredBy: 'the witness sochung-witness',
      summary: run.stdout.trim(),
      ranBy: 'aud-chi',
    });
    expect(newest.summary).toMatch(new RegExp(`^verify-log: OK .*: ${size} records`));
    const [started, finished] = [Date.parse(newest.startedAt), Date.parse(newest.finishedAt)];
    expect(started).toBeGreaterThanOrEqual(before - 1000);
    expect(finished).toBeGreaterThanOrEqual(started);
    expect(finished).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('a break, and a run that could not check the log: each recorded with its own verdict, newest first', async () => {
    const wrongRoot = 'A'.repeat(43);
    const broken = await verifyLog('--database-url', database, '--min-size', String(size), '--root', wrongRoot);
    expect(broken.code).toBe(1);
    const unreachable = await verifyLog(
      '--database-url',
      database,
      '--witness-jwks',
      `${graph.witnessUrl}/.well-known/jwks.json`,
      '--witness',
      'http://127.0.0.1:9',
    );
    expect(unreachable.code).toBe(2);
    const [couldNot, brk, held] = await runs();
    expect(brk).toMatchObject({
      verdict: 'BREAK',
      entriesChecked: expect.stringMatching(/^\d+$/),
      anchorSize: String(size),
      anchorRoot: wrongRoot,
      anchoredBy: `the checkpoint given (--min-size ${size})`,
      summary: broken.stdout.split('\n')[0],
      ranBy: userInfo().username,
    });
    expect(brk.summary).toMatch(/^verify-log: BROKEN at record \d+, check witness: /);
    expect(couldNot).toMatchObject({
      verdict: 'COULD_NOT_CHECK',
      entriesChecked: '0',
      anchorSize: null,
      anchorRoot: null,
      anchoredBy: null,
      summary: unreachable.stderr.trim(),
    });
    expect(couldNot.summary).toMatch(
      /^verify-log: could not check the log: cannot read the witness's latest checkpoint/,
    );
    expect(held.verdict).toBe('HOLDS');
    expect(await runs(1)).toEqual([couldNot]);
  });

  it('--no-record writes nothing', async () => {
    const count = await recorded();
    await expect(verifyLog('--database-url', database, '--no-record')).resolves.toMatchObject({ code: 0, stderr: '' });
    expect(await recorded()).toBe(count);
  });

  it('a database it cannot write to: a warning, and the verdict and its exit code unchanged', async () => {
    const count = await recorded();
    await graph.database.dataSource.query(
      'ALTER TABLE exchange.log_verification_runs RENAME TO log_verification_runs_away',
    );
    try {
      const held = await verifyLog('--database-url', database);
      expect(held.code).toBe(0);
      expect(held.stdout).toMatch(/^verify-log: OK /);
      expect(held.stderr).toMatch(
        /^verify-log: warning: this run was not recorded in exchange.log_verification_runs: .*log_verification_runs.* does not exist\n$/,
      );
      const broken = await verifyLog('--database-url', database, '--min-size', String(size), '--root', 'A'.repeat(43));
      expect(broken.code).toBe(1);
      expect(broken.stderr).toMatch(/^verify-log: warning: this run was not recorded/);
    } finally {
      await graph.database.dataSource.query(
        'ALTER TABLE exchange.log_verification_runs_away RENAME TO log_verification_runs',
      );
    }
    expect(await recorded()).toBe(count);
  });

  const onPostgres = usesEmbeddedDatabase(loadConfig().database) ? it.skip : it;

  onPostgres('a read-only connection (a replica, say): checked, not recorded, with a warning', async () => {
    const readOnly = new URL(database);
    readOnly.searchParams.set('options', '-c default_transaction_read_only=on');
    const run = await verifyLog('--database-url', readOnly.toString());
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^verify-log: OK /);
    expect(run.stderr).toMatch(/^verify-log: warning: this run was not recorded .*read-only transaction/);
  });

  it('refuses first beyond 1 to 100', async () => {
    for (const first of [0, 101]) {
      const { body } = await gql(RUNS, { first }, auditor());
      expect(errorOf(body)).toMatchObject({ code: 'BAD_USER_INPUT' });
    }
  });

  it('lets no one but an auditor read them', async () => {
    const callers = [
      agencyAuthorization(graph, 'BHXH', 'SOCIAL_INSURANCE_ENROLMENT'),
      `Bearer ${graph.tokens.mint({ kind: 'steward', sub: 'st-alice', registry: 'population' })}`,
      `Bearer ${graph.tokens.mint({ kind: 'admin', sub: 'adm-an' })}`,
      citizenAuthorization(graph, CITIZENS[0]),
    ];
    for (const caller of callers) {
      const { body } = await gql(RUNS, {}, caller);
      expect((body as { data?: unknown }).data ?? null).toBeNull();
      expect(errorOf(body)).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(errorOf((await gql(RUNS, {}, null)).body)).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
