import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { readEnvironment, type AppName } from '@app/config';
import { AppProcess } from '../tools/graph/app-process';
import { distDir, startTestGraph, type TestGraph } from '../tools/graph/start-graph';
import { agencyAuthorization } from './support/agencies';

const READ = `query ($ids: [String!]!) { citizens(personalIdNumbers: $ids) { personalIdNumber fullName } }`;

let graph: TestGraph;
let witnessDir: string;
let restarted: AppProcess | null = null;
const lines: string[] = [];

function query<T>(sql: string): Promise<T[]> {
  return graph.database.dataSource.query<T[]>(sql);
}

async function until<T>(what: string, probe: () => Promise<T | null>): Promise<T> {
  for (const started = Date.now(); Date.now() - started < 60_000;) {
    const found = await probe();
    if (found !== null) return found;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what} did not happen within 60 s`);
}

/** The head's size once a checkpoint covers it; cosigned: only one the witness cosigned counts. */
function signedUpToHead(cosigned: boolean): Promise<number> {
  return until(`a ${cosigned ? 'cosigned ' : ''}checkpoint of the head`, async () => {
    const [row] = await query<{ head: string; signed: string | null }>(
      `SELECT (SELECT size FROM access.access_log_head)::text AS head,
              (SELECT max(size) FROM access.log_checkpoints ${cosigned ? 'WHERE cosignature IS NOT NULL' : ''})::text AS signed`,
    );
    return row.signed !== null && row.signed === row.head ? Number(row.head) : null;
  });
}

async function reads(count: number): Promise<void> {
  const authorization = agencyAuthorization(graph, 'BHXH', 'SOCIAL_INSURANCE_ENROLMENT');
  for (let i = 0; i < count; i++) {
    await request(graph.gatewayUrl)
      .post('/graphql')
      .set('Authorization', authorization)
      .send({ query: READ, variables: { ids: ['001085012345', '079190004321'] } })
      .expect(200);
  }
}

beforeAll(async () => {
  witnessDir = mkdtempSync(join(tmpdir(), 'sochung-witness-'));
  graph = await startTestGraph({
    env: { ACCESS_LOG_CHECKPOINT_SECONDS: '1', WITNESS_DATA_DIR: witnessDir },
    onLine: (app: AppName, line: string) => lines.push(`[${app}] ${line}`),
  });
}, 180_000);

afterAll(async () => {
  await restarted?.stop();
  await graph?.close();
  rmSync(witnessDir, { recursive: true, force: true });
});

describe('the exchange when the witness is away', () => {
  it('keeps serving and signing, leaves the checkpoints uncosigned, says so, and has them cosigned once the witness is back', async () => {
    await reads(3);
    const before = await signedUpToHead(true);
    const witness = graph.apps.processes.find((app) => app.name === 'witness')!;
    const witnessPort = new URL(graph.witnessUrl).port;
    await witness.stop();

    await reads(4);
    const uncosigned = await signedUpToHead(false);
    expect(uncosigned).toBeGreaterThan(before);
    const [{ cosigned }] = await query<{ cosigned: string }>(
      'SELECT max(size)::text AS cosigned FROM access.log_checkpoints WHERE cosignature IS NOT NULL',
    );
    expect(Number(cosigned)).toBe(before);
    await until('the warning', () =>
      Promise.resolve(
        lines.some((line) => /\[exchange\].*the witness at .* cannot be reached.*retried/.test(line)) ? true : null,
      ),
    );
    // Not a crash: the exchange still answers, through the gateway.
    await request(graph.gatewayUrl).get('/health').expect(200);

    restarted = AppProcess.spawn(
      'witness',
      distDir(),
      {
        ...readEnvironment(),
        NODE_ENV: 'test',
        HOST: '127.0.0.1',
        WITNESS_PORT: witnessPort,
        WITNESS_DATA_DIR: witnessDir,
        EXCHANGE_URL: graph.subgraphUrls.exchange,
      },
      (app, line) => lines.push(`[${app}] ${line}`),
    );
    await restarted.listening(60_000);
    expect(await signedUpToHead(true)).toBe(uncosigned);
    const { body } = await request(graph.witnessUrl).get('/checkpoint').expect(200);
    expect(body).toMatchObject({ size: uncosigned });
  }, 240_000);

  it('answers a refusal with its code over HTTP, never a 500', async () => {
    const [older] = await query<{ jws: string }>('SELECT jws FROM access.log_checkpoints ORDER BY size LIMIT 1');
    const { body: latest } = await request(graph.witnessUrl).get('/checkpoint').expect(200);
    const smaller = await request(graph.witnessUrl)
      .post('/checkpoints')
      .send({ checkpoint: older.jws, oldSize: 0, consistencyProof: [] })
      .expect(400);
    expect(smaller.body).toEqual({
      error: { code: 'CHECKPOINT_OLDER_THAN_COSIGNED', cosignedSize: latest.size, message: expect.any(String) },
    });
    for (const bad of [{}, { checkpoint: 'x.y.z', oldSize: 0, consistencyProof: [] }, [1, 2]]) {
      const { status, body } = await request(graph.witnessUrl).post('/checkpoints').send(bad);
      expect(status).toBe(400);
      expect((body as { error: { code: string } }).error.code).toMatch(
        /^(BAD_USER_INPUT|BAD_REQUEST|CHECKPOINT_SIGNATURE_INVALID)$/,
      );
    }
  });
});
