import { execFile, spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import {
  CHECKPOINT_JWS_TYPE,
  emptyRoot,
  GENESIS_CHAIN_HASH,
  MerkleFrontier,
  storedInclusionProof,
  type EntryProof,
} from '@app/access';
import { jwkThumbprint, loadSigningKeys, signJwt, type SigningKey } from '@app/auth';
import { databaseUrl, loadConfig, usesEmbeddedDatabase } from '@app/config';
import { distDir, startTestGraph, type TestGraph } from '../tools/graph/start-graph';
import { citizenAuthorization } from './support/agencies';

const CITIZENS = ['001085012345', '079190004321', '048088007654', '031203000777', '092195001122'];
const READ = `query ($ids: [String!]!) { citizens(personalIdNumbers: $ids) { personalIdNumber fullName } }`;
const TOOL = join(distDir(), 'tools', 'verify-log', 'main.js');
const LOG_TABLES = ['access_records', 'log_checkpoints', 'log_subtrees'];
/** The log and its head: what an insider rewinds together. */
const WHOLE_LOG = [...LOG_TABLES, 'access_log_head'];

let graph: TestGraph;
let scratch: string;
let jwksFile: string;
let witnessJwksFile: string;
let database: string;
let registryKeyFile: string;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The compiled tool, as an operator runs it: a database URL and the public keys, and no other
 * setting; `stdin`, when given, is piped in.
 */
function verifyLog(...args: string[]): Promise<Run> {
  return verifyLogWithInput(null, ...args);
}

function verifyLogWithInput(stdin: string | null, ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [TOOL, ...args], { env: { PATH: process.env.PATH }, cwd: scratch });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(command, args, (error, _stdout, stderr) =>
      error ? reject(new Error(stderr || error.message)) : resolve(),
    );
  });
}

const witnessFlags = () => ['--witness', graph.witnessUrl];
const verifyStored = () =>
  verifyLog('--database-url', database, '--jwks', jwksFile, ...witnessFlags(), '--batch', '50');

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

/** Waits for the exchange (ACCESS_LOG_CHECKPOINT_SECONDS=1) to sign the log as it is now, and the witness to cosign it. */
async function signedUpToHead(): Promise<number> {
  for (const started = Date.now(); Date.now() - started < 30_000;) {
    const [row] = await query<{ head: string; signed: string | null }>(
      `SELECT (SELECT size FROM access.access_log_head) AS head,
              (SELECT max(size) FROM access.log_checkpoints WHERE cosignature IS NOT NULL) AS signed`,
    );
    if (row.signed !== null && row.signed === row.head) return Number(row.head);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('no cosigned checkpoint covered the log within 30 s');
}

/** Runs statements as an insider with the database password: triggers off, change, triggers on, commit. */
async function asInsider(statements: [string, unknown[]?][]): Promise<void> {
  await graph.database.dataSource.transaction(async (manager) => {
    for (const table of LOG_TABLES) await manager.query(`ALTER TABLE access.${table} DISABLE TRIGGER USER`);
    for (const [sql, parameters] of statements) await manager.query(sql, parameters);
    for (const table of LOG_TABLES) await manager.query(`ALTER TABLE access.${table} ENABLE TRIGGER USER`);
  });
}

/**
 * Tampers with the rows of `table` that `where` selects, runs verify-log on the result, and
 * puts those rows back exactly as they were.
 */
async function verifyTampered(table: string, where: string, tamper: [string, unknown[]?][]): Promise<Run> {
  const saved = await query<{ row: unknown }>(`SELECT to_jsonb(t) AS row FROM access.${table} t WHERE ${where}`);
  expect(saved.length).toBeGreaterThan(0);
  await asInsider(tamper);
  try {
    return await verifyStored();
  } finally {
    await asInsider([
      [`DELETE FROM access.${table} WHERE ${where}`],
      [
        `INSERT INTO access.${table} SELECT * FROM jsonb_populate_recordset(null::access.${table}, $1::jsonb)`,
        [JSON.stringify(saved.map(({ row }) => row))],
      ],
    ]);
  }
}

/**
 * Runs `tamper` on the whole log (records, checkpoints, subtrees, head) as an insider, runs
 * verify-log with `args`, and puts every row back as it was.
 */
async function verifyWholeLogTampered(tamper: [string, unknown[]?][], args = witnessFlags()): Promise<Run> {
  const saved = new Map<string, unknown[]>();
  for (const table of WHOLE_LOG) {
    saved.set(table, await query<{ row: unknown }>(`SELECT to_jsonb(t) AS row FROM access.${table} t`));
  }
  await asInsider(tamper);
  try {
    return await verifyLog('--database-url', database, '--jwks', jwksFile, '--batch', '50', ...args);
  } finally {
    await asInsider(
      WHOLE_LOG.flatMap((table): [string, unknown[]?][] => [
        [`DELETE FROM access.${table}`],
        [
          `INSERT INTO access.${table} SELECT * FROM jsonb_populate_recordset(null::access.${table}, $1::jsonb)`,
          [JSON.stringify((saved.get(table) as { row: unknown }[]).map(({ row }) => row))],
        ],
      ]),
    );
  }
}

/**
 * What an insider who knows the log's algorithm runs to cut it to its first `size` records:
 * the records after them, the checkpoints and subtrees that cover them, and a head rewound to
 * exactly where the writer would have left it at that size. Nothing inside the database shows it.
 */
async function truncation(size: number): Promise<[string, unknown[]?][]> {
  const leaves = await query<{ leaf_hash: Buffer; chain_hash: Buffer }>(
    'SELECT leaf_hash, chain_hash FROM access.access_records WHERE seq < $1 ORDER BY seq',
    [size],
  );
  const frontier = MerkleFrontier.empty();
  for (const { leaf_hash } of leaves) frontier.append(leaf_hash);
  const chain = size === 0 ? GENESIS_CHAIN_HASH : leaves[size - 1].chain_hash;
  return [
    ['DELETE FROM access.access_records WHERE seq >= $1', [size]],
    ['DELETE FROM access.log_checkpoints WHERE size > $1', [size]],
    ['DELETE FROM access.log_subtrees WHERE (index + 1) * power(2, level) > $1', [size]],
    [
      'UPDATE access.access_log_head SET size = $1, chain_hash = $2, frontier = $3',
      [size, chain, JSON.stringify(frontier.toJSON())],
    ],
  ];
}

/** The log's root at `size`, as the head's frontier would give it. */
async function rootAt(size: number): Promise<string> {
  const leaves = await query<{ leaf_hash: Buffer }>(
    'SELECT leaf_hash FROM access.access_records WHERE seq < $1 ORDER BY seq',
    [size],
  );
  const frontier = MerkleFrontier.empty();
  for (const { leaf_hash } of leaves) frontier.append(leaf_hash);
  return frontier.root().toString('base64url');
}

/** Every check that lives in the database, and no witness: what verify-log did before it had one. */
const databaseOnly = () => [
  '--witness-jwks',
  witnessJwksFile,
  '--min-size',
  '0',
  '--root',
  emptyRoot().toString('base64url'),
];

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
  // The registry's key where the test can read it: the insider below holds it too.
  registryKeyFile = join(scratch, 'registry-signing.private.jwk');
  graph = await startTestGraph({
    env: { ACCESS_LOG_CHECKPOINT_SECONDS: '1', REGISTRY_SIGNING_KEY_FILE: registryKeyFile },
  });
  database = databaseUrl(graph.database.config);
  // Two rounds, so that there are several checkpoints; past 256 records, so that a subtree is stored.
  await agencyReads(30);
  firstCheckpoint = await signedUpToHead();
  await agencyReads(30);
  size = await signedUpToHead();
  const { text } = await request(graph.gatewayUrl).get('/.well-known/jwks.json').expect(200);
  jwksFile = join(scratch, 'jwks.json');
  writeFileSync(jwksFile, text);
  const witnessKeys = await request(graph.witnessUrl).get('/.well-known/jwks.json').expect(200);
  witnessJwksFile = join(scratch, 'witness-jwks.json');
  writeFileSync(witnessJwksFile, witnessKeys.text);
}, 180_000);

afterAll(async () => {
  await graph?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('npm run verify-log on the log the graph wrote', () => {
  it('holds: every record, checkpoint, cosignature and subtree, with the key sets from the gateway and the witness', async () => {
    expect(size).toBeGreaterThanOrEqual(300);
    const [{ checkpoints, cosigned, subtrees }] = await query<{
      checkpoints: string;
      cosigned: string;
      subtrees: string;
    }>(
      `SELECT (SELECT count(*) FROM access.log_checkpoints)::text AS checkpoints,
              (SELECT count(cosignature) FROM access.log_checkpoints)::text AS cosigned,
              (SELECT count(*) FROM access.log_subtrees)::text AS subtrees`,
    );
    expect(Number(subtrees)).toBeGreaterThan(0);
    expect(Number(cosigned)).toBeGreaterThan(1);
    // Batch lookups, each record marked bulk: the flag is in what its leaf hash covers.
    const [{ bulk }] = await query<{ bulk: string }>(
      'SELECT count(*) FILTER (WHERE bulk)::text AS bulk FROM access.access_records',
    );
    expect(Number(bulk)).toBe(size);
    const run = await verifyLog(
      '--database-url',
      database,
      '--jwks',
      `${graph.gatewayUrl}/.well-known/jwks.json`,
      ...witnessFlags(),
    );
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(
      new RegExp(
        `^verify-log: OK .*: ${size} records \\(all signed, all cosigned\\), ${checkpoints} checkpoints \\(${cosigned} cosigned\\), ` +
          `${subtrees} stored subtrees; root [\\w-]{43}; extends the witness sochung-witness's ${size} records; \\d+\\.\\d s\\n$`,
      ),
    );
  });

  it('a changed value in one record: its leaf hash, at that record', async () => {
    const run = await verifyTampered('access_records', 'seq = 17', [
      ["UPDATE access.access_records SET purpose = 'TAX_ADMINISTRATION' WHERE seq = 17"],
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^verify-log: BROKEN at record 17, check leaf-hash: the columns of record 17 do not hash/,
    );
    expect(run.stdout).toMatch(/\n {2}expected: [\w-]{43}\n {2}found: {4}[\w-]{43}\n/);
  });

  it('a time moved by a microsecond, which a JavaScript Date would not show', async () => {
    const run = await verifyTampered('access_records', 'seq = 23', [
      ["UPDATE access.access_records SET recorded_at = recorded_at + interval '1 microsecond' WHERE seq = 23"],
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^verify-log: BROKEN at record 23, check record-values: .*recorded_at/);
  });

  it('a deleted record: the gap, at its seq', async () => {
    const run = await verifyTampered('access_records', 'seq = 42', [
      ['DELETE FROM access.access_records WHERE seq = 42'],
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^verify-log: BROKEN at record 42, check seq: record 42 is missing: deleted\n {2}expected: 42\n {2}found: {4}43\n/,
    );
  });

  it("two records' contents swapped: the first of them", async () => {
    const rows = (
      await query<{ row: { seq: number } }>(
        'SELECT to_jsonb(t) AS row FROM access.access_records t WHERE seq IN (30, 31)',
      )
    ).map(({ row }) => ({ seq: Number(row.seq), row }));
    const swap = (from: number, to: number): [string, unknown[]] => [
      `INSERT INTO access.access_records
       SELECT * FROM jsonb_populate_record(null::access.access_records, $1::jsonb || jsonb_build_object('seq', $2::bigint))`,
      [JSON.stringify(rows.find((row) => row.seq === from)!.row), to],
    ];
    const run = await verifyTampered('access_records', 'seq IN (30, 31)', [
      ['DELETE FROM access.access_records WHERE seq IN (30, 31)'],
      swap(30, 31),
      swap(31, 30),
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^verify-log: BROKEN at record 30, check leaf-hash:/);
  });

  it('a checkpoint re-signed with another key: its signature, at the last record it covers', async () => {
    const [row] = await query<{ jws: string }>('SELECT jws FROM access.log_checkpoints WHERE size = $1', [
      firstCheckpoint,
    ]);
    const claims = JSON.parse(Buffer.from(row.jws.split('.')[1], 'base64url').toString()) as Record<string, unknown>;
    const forged = signJwt(anotherKey(), claims, CHECKPOINT_JWS_TYPE);
    const run = await verifyTampered('log_checkpoints', `size = ${firstCheckpoint}`, [
      ['UPDATE access.log_checkpoints SET jws = $1 WHERE size = $2', [forged, firstCheckpoint]],
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
      ['UPDATE access.log_subtrees SET hash = $1 WHERE level = 8 AND index = 0', [Buffer.alloc(32)]],
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
      const verified = await verifyLog('--database-url', restored.toString(), '--jwks', jwksFile, ...witnessFlags());
      expect(verified).toMatchObject({ code: 0, stdout: expect.stringMatching(`^verify-log: OK .*: ${size} records`) });
    } finally {
      await graph.database.dataSource.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  });
});

describe('npm run verify-log -- --entry', () => {
  it("checks one entry's proof against the signed, cosigned checkpoint, with the key sets only", async () => {
    const [checkpoint] = await query<{ size: string; root_hash: Buffer; jws: string; cosignature: string }>(
      'SELECT size, root_hash, jws, cosignature FROM access.log_checkpoints ORDER BY size DESC LIMIT 1',
    );
    const [record] = await query<{ leaf_hash: Buffer }>('SELECT leaf_hash FROM access.access_records WHERE seq = 123');
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
        cosignature: checkpoint.cosignature,
      },
    };
    const good = join(scratch, 'entry.json');
    writeFileSync(good, JSON.stringify(entry));
    const run = await verifyLog('--entry', good, '--jwks', jwksFile, '--witness-jwks', witnessJwksFile);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(
      new RegExp(
        `^verify-log: entry 123 is in the log of ${checkpoint.size} records that sochung-registry signed at .*, cosigned by sochung-witness at `,
      ),
    );

    const other = await query<{ leaf_hash: Buffer }>('SELECT leaf_hash FROM access.access_records WHERE seq = 124');
    const bad = join(scratch, 'bad-entry.json');
    writeFileSync(bad, JSON.stringify({ ...entry, leafHash: other[0].leaf_hash.toString('base64url') }));
    await expect(
      verifyLog('--entry', bad, '--jwks', jwksFile, '--witness-jwks', witnessJwksFile),
    ).resolves.toMatchObject({
      code: 1,
      stdout: 'verify-log: entry 123 does NOT verify: the proof does not lead from leaf 123 to the signed root\n',
    });
    const uncosigned = join(scratch, 'uncosigned-entry.json');
    writeFileSync(uncosigned, JSON.stringify({ ...entry, checkpoint: { ...entry.checkpoint, cosignature: null } }));
    await expect(
      verifyLog('--entry', uncosigned, '--jwks', jwksFile, '--witness-jwks', witnessJwksFile),
    ).resolves.toMatchObject({
      code: 1,
      stdout: expect.stringMatching(/does NOT verify: the checkpoint is not cosigned: it carries no cosignature/),
    });
  });

  describe('takes what myAccessLog(withProofs: true) returns, unchanged, on its standard input', () => {
    const MY_LOG = `query ($from: DateTime!, $to: DateTime!) {
      myAccessLog(from: $from, to: $to, first: 5, withProofs: true) {
        nodes { time sealed sealedUntil readerKind agencyCode agencyName purpose categories fields
                seq leafHash inclusionProof pendingCheckpoint
                checkpoint { size rootHash chainHash createdAt jws cosignature } }
        pageInfo { endCursor hasNextPage } } }`;
    let response: string;
    let nodes: Record<string, unknown>[];
    const verifyInput = (input: string) =>
      verifyLogWithInput(input, '--entry', '-', '--jwks', jwksFile, '--witness-jwks', witnessJwksFile);

    beforeAll(async () => {
      const from = new Date(Date.now() - 3_600_000).toISOString();
      const to = new Date(Date.now() + 60_000).toISOString();
      const answer = await request(graph.gatewayUrl)
        .post('/graphql')
        .set('Authorization', citizenAuthorization(graph, CITIZENS[0]))
        .send({ query: MY_LOG, variables: { from, to } })
        .expect(200);
      response = answer.text;
      nodes = (answer.body as { data: { myAccessLog: { nodes: Record<string, unknown>[] } } }).data.myAccessLog.nodes;
      expect(nodes).toHaveLength(5);
      expect(nodes[0]).toMatchObject({ pendingCheckpoint: false, seq: expect.stringMatching(/^\d+$/) });
      expect(nodes[0].checkpoint).toMatchObject({ size: String(size), cosignature: expect.any(String) });
    });

    it('the whole response: every entry checked', async () => {
      const run = await verifyInput(response);
      expect(run).toMatchObject({ code: 0, stderr: '' });
      expect(run.stdout.trim().split('\n')).toEqual(
        nodes.map((node) =>
          expect.stringMatching(
            new RegExp(`^verify-log: entry ${node.seq as string} is in the log of ${size} records`),
          ),
        ),
      );
    });

    it('one entry, as the API gives it', async () => {
      await expect(verifyInput(JSON.stringify(nodes[2]))).resolves.toMatchObject({
        code: 0,
        stdout: expect.stringMatching(new RegExp(`^verify-log: entry ${nodes[2].seq as string} is in the log`)),
      });
    });

    it('tampered: another leaf, another seq, or the cosignature gone', async () => {
      const checkpoint = nodes[1].checkpoint as Record<string, unknown>;
      const tampered = [
        { ...nodes[1], leafHash: nodes[2].leafHash },
        { ...nodes[1], seq: String(Number(nodes[1].seq) + 1) },
        { ...nodes[1], checkpoint: { ...checkpoint, cosignature: null } },
      ];
      for (const entry of tampered) {
        await expect(verifyInput(JSON.stringify(entry))).resolves.toMatchObject({
          code: 1,
          stdout: expect.stringMatching(/does NOT verify/),
        });
      }
      const one = JSON.parse(response) as { data: { myAccessLog: { nodes: unknown[] } } };
      one.data.myAccessLog.nodes[3] = tampered[0];
      await expect(verifyInput(JSON.stringify(one))).resolves.toMatchObject({ code: 1 });
    });
  });
});

describe('npm run verify-log against the witness, which the database owner cannot rewind', () => {
  // The insider stops the registry first, as one would: no checkpoint is signed while the log is cut.
  beforeAll(async () => {
    await graph.apps.processes.find((app) => app.name === 'exchange')!.stop();
  });

  it('the newest records deleted with their checkpoints and the head rewound: the database holds, the witness does not', async () => {
    const tamper = await truncation(firstCheckpoint);
    // Everything inside the database is a log of firstCheckpoint records: what verify-log said before the witness.
    await expect(verifyWholeLogTampered(tamper, databaseOnly())).resolves.toMatchObject({
      code: 0,
      stdout: expect.stringMatching(
        new RegExp(`^verify-log: OK .*: ${firstCheckpoint} records \\(all signed, all cosigned\\)`),
      ),
    });
    const run = await verifyWholeLogTampered(tamper);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      new RegExp(
        `^verify-log: BROKEN at record ${firstCheckpoint}, check witness: the witness sochung-witness cosigned a log of ${size} records, ` +
          `the log holds ${firstCheckpoint}: records ${firstCheckpoint}..${size - 1} removed from the end`,
      ),
    );
  });

  it('half the log removed', async () => {
    const half = Math.floor(size / 2);
    const run = await verifyWholeLogTampered(await truncation(half));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      new RegExp(
        `^verify-log: BROKEN at record ${half}, check witness: .*cosigned a log of ${size} records, the log holds ${half}:`,
      ),
    );
  });

  it('the log emptied: no record, checkpoint or subtree, the head back at the start', async () => {
    const tamper = await truncation(0);
    await expect(verifyWholeLogTampered(tamper, databaseOnly())).resolves.toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^verify-log: OK .*: 0 records/),
    });
    const run = await verifyWholeLogTampered(tamper);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      new RegExp(`^verify-log: BROKEN at record 0, check witness: .*the log holds 0: records 0..${size - 1} removed`),
    );
  });

  it('a checkpoint the witness never cosigned, signed with the registry key, with a cosignature lifted from another', async () => {
    const forgedSize = firstCheckpoint + 7;
    const [taken] = await query<{ count: string }>(
      'SELECT count(*)::text FROM access.log_checkpoints WHERE size = $1',
      [forgedSize],
    );
    expect(taken.count).toBe('0');
    const [newest] = await query<{ cosignature: string; chain: Buffer }>(
      `SELECT cosignature, (SELECT chain_hash FROM access.access_records WHERE seq = $1) AS chain
       FROM access.log_checkpoints ORDER BY size DESC LIMIT 1`,
      [forgedSize - 1],
    );
    const [registry] = loadSigningKeys(registryKeyFile, { create: false });
    const root = await rootAt(forgedSize);
    const createdAt = new Date();
    const claims = {
      iss: 'sochung-registry',
      size: forgedSize,
      root,
      chainHash: newest.chain.toString('base64url'),
      iat: Math.floor(createdAt.getTime() / 1000),
    };
    const run = await verifyWholeLogTampered([
      ...(await truncation(forgedSize)),
      [
        `INSERT INTO access.log_checkpoints (size, root_hash, chain_hash, created_at, jws, cosignature)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [
          forgedSize,
          Buffer.from(root, 'base64url'),
          newest.chain,
          new Date(claims.iat * 1000),
          signJwt(registry, claims, CHECKPOINT_JWS_TYPE),
          newest.cosignature,
        ],
      ],
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      new RegExp(
        `^verify-log: BROKEN at record ${forgedSize - 1}, check checkpoint-cosignature: the checkpoint of size ${forgedSize} is not the witness's: ` +
          `its cosignature is over size ${size} and another root: the witness never cosigned this checkpoint`,
      ),
    );
  });

  it('holds against a checkpoint the verifier kept (--min-size, --root), and fails against one the log does not extend', async () => {
    const root = await rootAt(firstCheckpoint);
    await expect(
      verifyLog(
        '--database-url',
        database,
        '--jwks',
        jwksFile,
        '--witness-jwks',
        witnessJwksFile,
        '--min-size',
        String(firstCheckpoint),
        '--root',
        root,
      ),
    ).resolves.toMatchObject({ code: 0, stdout: expect.stringMatching(/^verify-log: OK/) });
    const other = await rootAt(firstCheckpoint - 1);
    await expect(
      verifyLog(
        '--database-url',
        database,
        '--jwks',
        jwksFile,
        '--witness-jwks',
        witnessJwksFile,
        '--min-size',
        String(firstCheckpoint),
        '--root',
        other,
      ),
    ).resolves.toMatchObject({
      code: 1,
      stdout: expect.stringMatching(/^verify-log: BROKEN at record \d+, check witness: .*the log was rewritten since/),
    });
  });

  it('says it cannot check the log when the witness cannot be reached', async () => {
    await expect(
      verifyLog(
        '--database-url',
        database,
        '--jwks',
        jwksFile,
        '--witness-jwks',
        witnessJwksFile,
        '--witness',
        'http://127.0.0.1:9',
      ),
    ).resolves.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(
        /^verify-log: could not check the log: cannot read the witness's latest checkpoint/,
      ),
    });
  });

  it('holds again once every row is back as it was', async () => {
    await expect(verifyStored()).resolves.toMatchObject({ code: 0, stdout: expect.stringMatching(/^verify-log: OK/) });
  });
});
