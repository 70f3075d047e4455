import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { startTestGraph, type TestGraph } from '../tools/graph/start-graph';
import { onPostgres, waitFor, waitForLockWaiters } from './support/postgres';

// Fail closed, durable first (issue 5, point 2): whatever breaks the access log's write, a
// response carries data only if its records are committed; otherwise it carries no data and
// ACCESS_LOG_UNAVAILABLE. Every read sends its own X-Request-Id, so each response is matched
// with the records written for it.

const AN = '001085012345';
const AN_NAME = 'Nguyễn Văn An';
const CITIZEN = `{ citizen(personalIdNumber: "${AN}") { fullName } }`;
const APP_CONNECTIONS = "application_name IN ('sochung-population', 'sochung-business-registry', 'sochung-exchange')";
// Short, so that a held lock outlasts it; the smallest ACCESS_LOG_TIMEOUT_MS allowed is 100.
const TIMEOUT_MS = 500;

type ErrorBody = { message: string; extensions?: { code?: string } };
type Body = { data?: { citizen?: { fullName?: string | null } | null } | null; errors?: ErrorBody[] };

interface Outcome {
  requestId: string;
  startedAt: number;
  endedAt: number;
  status?: number;
  body?: Body;
  text?: string;
  /** The response never came back whole (a crash test cuts some off). */
  cutOff?: string;
}

let graph: TestGraph;
const runId = randomBytes(4).toString('hex');
let counter = 0;

beforeAll(async () => {
  graph = await startTestGraph({ env: { ACCESS_LOG_TIMEOUT_MS: String(TIMEOUT_MS) } });
});

afterAll(async () => {
  await graph?.close();
});

function bearer(): string {
  return `Bearer ${graph.tokens.mint({
    kind: 'agency',
    sub: 'bhxh-demo',
    agency: 'BHXH',
    purpose: 'SOCIAL_INSURANCE_ENROLMENT',
    scope: 'population.identity',
  })}`;
}

/** One read of An's name through the gateway, with a request id of its own. */
async function read(tag: string, authorization: string): Promise<Outcome> {
  const requestId = `fc-${runId}-${tag}-${++counter}`;
  const startedAt = Date.now();
  try {
    const response = await fetch(`${graph.gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization, 'x-request-id': requestId },
      body: JSON.stringify({ query: CITIZEN }),
      signal: AbortSignal.timeout(20_000),
    });
    const text = await response.text();
    let body: Body | undefined;
    try {
      body = JSON.parse(text) as Body;
    } catch {
      body = undefined;
    }
    return { requestId, startedAt, endedAt: Date.now(), status: response.status, body, text };
  } catch (error) {
    return { requestId, startedAt, endedAt: Date.now(), cutOff: (error as Error).message };
  }
}

/**
 * Reads from `concurrency` callers back to back while `during` runs (it sees the outcomes so
 * far); returns every outcome. The load stops whether `during` succeeds or throws.
 */
async function underLoad(
  tag: string,
  concurrency: number,
  during: (outcomes: Outcome[]) => Promise<void>,
): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  const authorization = bearer();
  let running = true;
  const workers = Array.from({ length: concurrency }, async () => {
    while (running) outcomes.push(await read(tag, authorization));
  });
  try {
    await during(outcomes);
  } finally {
    running = false;
    await Promise.all(workers);
  }
  return outcomes;
}

/** Concurrent single reads, all started at once. */
function burst(tag: string, count: number): Promise<Outcome[]> {
  const authorization = bearer();
  return Promise.all(Array.from({ length: count }, () => read(tag, authorization)));
}

const released = (outcome: Outcome) => outcome.body?.data?.citizen?.fullName === AN_NAME;
const withheld = (outcome: Outcome) =>
  outcome.status === 200 &&
  outcome.body?.errors?.some((error) => error.extensions?.code === 'ACCESS_LOG_UNAVAILABLE') === true &&
  !outcome.text?.includes(AN_NAME);

/** The ids the reads sent (X-Request-Id, recorded as client_request_id), among `requestIds`, whose release of An's name is in the log. */
async function recordedReleases(requestIds: string[]): Promise<Set<string>> {
  const rows = await graph.database.dataSource.query<{ client_request_id: string }[]>(
    `SELECT DISTINCT client_request_id FROM access.access_records
     WHERE client_request_id = ANY($1) AND outcome = 'released' AND subject_id = $2 AND 'Citizen.fullName' = ANY(fields)`,
    [requestIds, AN],
  );
  return new Set(rows.map((row) => row.client_request_id));
}

/**
 * What must hold of every response, fault or not: data only with its record; otherwise no
 * data at all and, when `otherErrors` is false, ACCESS_LOG_UNAVAILABLE. Never a 500. Returns
 * the breaches, described, so that a failure says which request did what.
 */
async function breaches(outcomes: Outcome[], options: { otherErrors: boolean; cutOffs?: boolean }): Promise<string[]> {
  const recorded = await recordedReleases(outcomes.map((outcome) => outcome.requestId));
  const found: string[] = [];
  for (const outcome of outcomes) {
    const what = `${outcome.requestId}: ${outcome.status ?? outcome.cutOff} ${outcome.text?.slice(0, 300) ?? ''}`;
    if (outcome.cutOff !== undefined) {
      if (!options.cutOffs) found.push(`cut off: ${what}`);
    } else if (released(outcome)) {
      if (outcome.status !== 200) found.push(`data with status ${outcome.status}: ${what}`);
      if (!recorded.has(outcome.requestId)) found.push(`DATA WITHOUT ITS RECORD: ${what}`);
    } else if (outcome.text?.includes(AN_NAME)) {
      found.push(`data in an unexpected shape: ${what}`);
    } else if (outcome.status === undefined || outcome.status >= 500) {
      found.push(`server error: ${what}`);
    } else if (!withheld(outcome) && !(options.otherErrors && outcome.body?.errors?.length)) {
      found.push(`neither data nor ACCESS_LOG_UNAVAILABLE: ${what}`);
    }
  }
  return found;
}

/** Reads work, and are logged, once the fault is gone. */
async function expectReadsWork(): Promise<void> {
  let outcomes: Outcome[] = [];
  // The pools may need a moment to drop dead connections and open new ones.
  for (let attempt = 0; attempt < 20; attempt++) {
    outcomes = await burst('after', 4);
    if (outcomes.every(released)) break;
    await sleep(250);
  }
  expect(outcomes.map((outcome) => (released(outcome) ? 'released' : outcome.text))).toEqual(
    outcomes.map(() => 'released'),
  );
  expect((await recordedReleases(outcomes.map((outcome) => outcome.requestId))).size).toBe(outcomes.length);
}

async function expectAppsAlive(): Promise<void> {
  const exited = await Promise.race([graph.apps.firstExit, sleep(50).then(() => null)]);
  expect(exited).toBeNull();
}

/** A fault that makes the log's tables refuse writes, and how to lift it. */
interface TableFault {
  name: string;
  install: string[];
  lift: string[];
}

const TABLE_FAULTS: TableFault[] = [
  {
    name: 'a trigger on access_records that raises',
    install: [
      `CREATE FUNCTION exchange.test_refuse_log_write() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN RAISE EXCEPTION 'test: the log refuses writes'; END $$`,
      `CREATE TRIGGER tr_test_refuse_log_write BEFORE INSERT ON access.access_records
         FOR EACH ROW EXECUTE FUNCTION exchange.test_refuse_log_write()`,
    ],
    lift: [
      'DROP TRIGGER tr_test_refuse_log_write ON access.access_records',
      'DROP FUNCTION exchange.test_refuse_log_write()',
    ],
  },
  {
    name: 'a CHECK (false) NOT VALID constraint on access_records',
    install: ['ALTER TABLE access.access_records ADD CONSTRAINT ck_test_refuse_log_write CHECK (false) NOT VALID'],
    lift: ['ALTER TABLE access.access_records DROP CONSTRAINT ck_test_refuse_log_write'],
  },
];

describe('fail closed: no data leaves without its access record', () => {
  it('releases data with its record when the log is healthy', async () => {
    const outcomes = await burst('healthy', 20);
    expect(outcomes.every(released)).toBe(true);
    expect(await breaches(outcomes, { otherErrors: false })).toEqual([]);
  });

  describe.each(TABLE_FAULTS)('the log unwritable mid-load: $name', (fault) => {
    it('withholds every read while the fault lasts, releases with records before and after', async () => {
      let faultFrom = 0;
      let faultTo = 0;
      const outcomes = await underLoad('unwritable', 8, async () => {
        await sleep(300);
        for (const statement of fault.install) await graph.database.dataSource.query(statement);
        faultFrom = Date.now();
        try {
          await sleep(1500);
        } finally {
          faultTo = Date.now();
          for (const statement of fault.lift) await graph.database.dataSource.query(statement);
        }
        await sleep(500);
      });

      expect(await breaches(outcomes, { otherErrors: false })).toEqual([]);
      // Every read that began and ended inside the fault found the log unwritable.
      const during = outcomes.filter((outcome) => outcome.startedAt > faultFrom && outcome.endedAt < faultTo);
      expect(during.length).toBeGreaterThan(0);
      expect(during.filter((outcome) => !withheld(outcome)).map((outcome) => outcome.text)).toEqual([]);
      expect(outcomes.filter((outcome) => outcome.endedAt < faultFrom).some(released)).toBe(true);
      await expectAppsAlive();
      await expectReadsWork();
    });
  });

  onPostgres(
    'withholds reads while the log head is locked longer than ACCESS_LOG_TIMEOUT_MS, and recovers',
    'on the embedded server a session holding a lock holds the only backend, so the read itself waits too',
    async () => {
      const holder = new Client({ connectionString: graph.database.env.DATABASE_URL });
      await holder.connect();
      try {
        await holder.query('BEGIN');
        await holder.query('LOCK TABLE access.access_log_head IN ACCESS EXCLUSIVE MODE');
        const lockedAt = Date.now();
        const outcomes = await burst('locked', 24);
        // The reads themselves were served; only their records could not be committed in time.
        expect(Date.now() - lockedAt).toBeGreaterThanOrEqual(TIMEOUT_MS);
        expect(outcomes.filter((outcome) => !withheld(outcome)).map((outcome) => outcome.text)).toEqual([]);
        expect(await breaches(outcomes, { otherErrors: false })).toEqual([]);
      } finally {
        await holder.query('COMMIT').catch(() => undefined);
        await holder.end();
      }
      await expectAppsAlive();
      await expectReadsWork();
    },
  );

  onPostgres(
    "terminates the apps' connections while their log batch waits, and withholds those reads",
    'pg_terminate_backend ends a PostgreSQL backend; the embedded server has one backend, shared by all',
    async () => {
      const control = new Client({ connectionString: graph.database.env.DATABASE_URL });
      await control.connect();
      try {
        await control.query('BEGIN');
        await control.query('LOCK TABLE access.access_log_head IN ACCESS EXCLUSIVE MODE');
        const reads = burst('terminated', 24);
        await waitForLockedWriter();
        const terminated = await terminateAppConnections();
        expect(terminated).toBeGreaterThan(0);
        const outcomes = await reads;
        // The reads whose batch waited are withheld for want of their record. A read of the burst
        // that had not yet queried the data when its connection went is refused earlier, for want of
        // the database (CI saw both on a busy machine): it released nothing either.
        const refusedEarlier = (outcome: Outcome) =>
          outcome.status === 200 &&
          outcome.body?.errors?.some((error) => error.extensions?.code === 'SERVICE_UNAVAILABLE') === true &&
          !outcome.text?.includes(AN_NAME);
        expect(outcomes.some(withheld)).toBe(true);
        expect(
          outcomes.filter((outcome) => !withheld(outcome) && !refusedEarlier(outcome)).map((outcome) => outcome.text),
        ).toEqual([]);
        expect(
          await breaches(
            outcomes.filter((outcome) => !refusedEarlier(outcome)),
            { otherErrors: false },
          ),
        ).toEqual([]);
      } finally {
        await control.query('COMMIT').catch(() => undefined);
        await control.end();
      }
      await expectAppsAlive();
      await expectReadsWork();
    },
  );

  onPostgres(
    "terminates the apps' connections again and again under load: data only with its record, no app dies",
    'pg_terminate_backend ends a PostgreSQL backend; the embedded server has one backend, shared by all',
    async () => {
      let terminated = 0;
      const outcomes = await underLoad('terminate-load', 12, async () => {
        await sleep(300);
        for (let round = 0; round < 20; round++) {
          terminated += await terminateAppConnections();
          await sleep(100);
        }
        await sleep(500);
      });
      expect(terminated).toBeGreaterThan(0);
      // A read whose own query lost its connection fails too, with another code and no data.
      expect(await breaches(outcomes, { otherErrors: true })).toEqual([]);
      expect(outcomes.some(released)).toBe(true);
      await expectAppsAlive();
      await expectReadsWork();
    },
  );

  onPostgres(
    'withholds reads when the database goes away altogether (no connections allowed), and recovers when it is back',
    'the embedded server runs inside the test process, with the only copy of the scratch database',
    async () => {
      const database = new URL(graph.database.env.DATABASE_URL).pathname.slice(1);
      // Connected before the database refuses connections: it holds the log head meanwhile, so
      // that reads already served are waiting on their records when the database goes away.
      const holder = new Client({ connectionString: graph.database.env.DATABASE_URL });
      const admin = new Client({ connectionString: process.env.DATABASE_URL });
      await holder.connect();
      await admin.connect();
      try {
        await holder.query('BEGIN');
        await holder.query('LOCK TABLE access.access_log_head IN ACCESS EXCLUSIVE MODE');
        const served = burst('db-gone-served', 16);
        await waitForLockedWriter();
        await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS false`);
        await admin.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND ${APP_CONNECTIONS}`,
          [database],
        );
        const whileGone = await burst('db-gone', 16);
        const servedOutcomes = await served;
        // Served before the database went: withheld, since their records could not be committed.
        expect(servedOutcomes.filter((outcome) => !withheld(outcome)).map((outcome) => outcome.text)).toEqual([]);
        // While it is gone, nothing can be read either: no data, never a 500.
        expect(whileGone.some(released)).toBe(false);
        await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`);
        await holder.query('COMMIT');
        expect(await breaches([...servedOutcomes, ...whileGone], { otherErrors: true })).toEqual([]);
      } finally {
        await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`).catch(() => undefined);
        await holder.query('COMMIT').catch(() => undefined);
        await Promise.all([holder.end(), admin.end()]);
      }
      await expectAppsAlive();
      await expectReadsWork();
    },
  );
});

describe('crash: killing an app mid-load leaves no acknowledged read without its record', () => {
  // Last in the file: the population subgraph does not come back.
  it('every read answered with data before SIGKILL of the population process is in the log', async () => {
    const population = graph.apps.processes.find((app) => app.name === 'population')!;
    const outcomes = await underLoad('crash', 16, async (sofar) => {
      await waitFor(() => Promise.resolve(sofar.filter(released).length >= 40));
      process.kill(population.pid!, 'SIGKILL');
      expect(await population.whenExited()).toBe('signal SIGKILL');
      await sleep(500);
    });

    expect(await breaches(outcomes, { otherErrors: true, cutOffs: true })).toEqual([]);
    const answered = outcomes.filter(released);
    expect(answered.length).toBeGreaterThanOrEqual(40);
    expect((await recordedReleases(answered.map((outcome) => outcome.requestId))).size).toBe(answered.length);
    // Reads sent after the kill found no population subgraph: no data.
    expect(outcomes.filter((outcome) => !released(outcome)).length).toBeGreaterThan(0);
    // A batch cut short by the kill left no hole in the log: seq runs 0..n-1.
    const [log] = await graph.database.dataSource.query<{ n: string; last: string }[]>(
      'SELECT count(*) AS n, max(seq) AS last FROM access.access_records',
    );
    expect(Number(log.last)).toBe(Number(log.n) - 1);
  });
});

/** Cuts every connection the apps hold to the scratch database; returns how many. */
async function terminateAppConnections(): Promise<number> {
  const rows = await graph.database.dataSource.query<{ ok: boolean }[]>(
    `SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity
     WHERE datname = current_database() AND pid <> pg_backend_pid() AND ${APP_CONNECTIONS}`,
  );
  return rows.filter((row) => row.ok).length;
}

/**
 * Waits until a writer's transaction queues on the locked log head, and a little longer, so
 * that the burst's reads have all been served and are waiting on their records. Only the
 * population subgraph's writer counts: the exchange's checkpoint also queues on the head now
 * and then, and would end the wait before the reads are served.
 */
async function waitForLockedWriter(): Promise<void> {
  await waitForLockWaiters(graph.database.dataSource, {
    applicationName: 'sochung-population',
    queryLike: '%access_log_head%FOR UPDATE%',
  });
  await sleep(100);
}
