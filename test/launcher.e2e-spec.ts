import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { CookieJarAgent } from './support/cookie-jar';
import { DevTokenIssuer } from '@app/auth';
import { loadConfig, readEnvironment, usesEmbeddedDatabase } from '@app/config';
import { openDatabase, type OpenDatabase } from '../tools/database/open-database';

const LAUNCHER = join(__dirname, '..', 'dist', 'tools', 'start', 'main.js');

interface Launch {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

const launched: ChildProcess[] = [];
// Each launch's data folder (42 MB of PGlite): removed once its graph has stopped.
const dataDirs: string[] = [];
function newDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sochung-data-'));
  dataDirs.push(dir);
  return dir;
}
// On PostgreSQL the launcher gets a database of its own, so that runs do not see each other.
let scratch: OpenDatabase | null = null;
beforeAll(async () => {
  const database = loadConfig({ ...readEnvironment(), NODE_ENV: 'test' }).database;
  if (!usesEmbeddedDatabase(database)) {
    scratch = await openDatabase(database, { scratch: true });
    await scratch.dataSource.destroy();
  }
});
// A failed test must not leave a graph running: its apps follow the launcher out.
afterAll(async () => {
  const running = launched.filter((child) => child.exitCode === null && child.signalCode === null);
  const exits = running.map((child) => new Promise((resolve) => child.once('exit', resolve)));
  running.forEach((child) => child.kill('SIGKILL'));
  await Promise.all(exits);
  await scratch?.close();
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

/** `npm start` as a user runs it (after the build), on free ports and its own data folder. */
function launch(env: Record<string, string>): Launch {
  let output = '';
  const child = spawn(process.execPath, [LAUNCHER], {
    env: {
      ...readEnvironment(),
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      EMBEDDED_DB_PORT: '0',
      GATEWAY_PORT: '0',
      POPULATION_PORT: '0',
      BUSINESS_REGISTRY_PORT: '0',
      EXCHANGE_PORT: '0',
      WITNESS_PORT: '0',
      WEB_PORT: '0',
      ...scratch?.env,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  launched.push(child);
  return { child, output: () => output, exited };
}

// Migrations, demo data and four apps: on a loaded 2-core machine (load 27 seen) past a minute.
const READY_WITHIN_MS = 150_000;

async function gatewayUrlOf(launched: Launch): Promise<string> {
  const deadline = Date.now() + READY_WITHIN_MS;
  while (Date.now() < deadline) {
    const match = /gateway\s+(http:\/\/[\d.]+:\d+)\/graphql/.exec(launched.output());
    if (match && launched.output().includes('ready in')) return match[1];
    if (launched.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the graph did not become ready:\n${launched.output()}`);
}

const COUNTS =
  '{ agencies(first: 1) { totalCount } enterprise(enterpriseCode: "0100003212") { legalRepresentatives { citizen { fullName } } } }';

/** Writes a row the way any PostgreSQL client would, to the database npm start serves. */
async function addAgency(output: string): Promise<void> {
  const port = /embedded PGlite at 127\.0\.0\.1:(\d+)/.exec(output)?.[1];
  const url = port ? `postgres://postgres@127.0.0.1:${port}/postgres` : scratch!.env.DATABASE_URL;
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query(
    `INSERT INTO access.agencies (code, name_vi, level, status)
     VALUES ('TEST-RESTART', 'Cơ quan thử nghiệm', 'commune', 'active') ON CONFLICT DO NOTHING`,
  );
  await client.end();
}

describe('npm start (the launcher)', () => {
  const dataDir = newDataDir();

  it(
    'serves the graph, stops cleanly on Ctrl-C, and on restart keeps the data without duplicating the demo records',
    async () => {
      const first = launch({ DATA_DIR: dataDir });
      const url = await gatewayUrlOf(first);
      await request(url).get('/health').expect(200);
      // The portal is the first address of the ready lines, and it answers.
      const ready = first.output().slice(first.output().indexOf('ready in'));
      const portal = /\[sochung\]\s+portal\s+(http:\/\/[\d.]+:\d+)\//.exec(ready);
      expect(ready.split('\n')[1]).toMatch(/portal/);
      await request(portal![1])
        .get('/api/session')
        .expect(200, { signedIn: false, signIn: { demo: true, identityProvider: false } });
      // The console beside it: a newcomer signs in as a demo steward and finds the demo change
      // request of another steward waiting for them.
      expect(ready.split('\n')[2]).toMatch(new RegExp(`console\\s+${portal![1]}/console`));
      const staff = new CookieJarAgent();
      const signIn = await staff.fetch(`${portal![1]}/console/api/demo-sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: portal![1] },
        body: JSON.stringify({ id: 'st-minh' }),
      });
      expect(signIn.status).toBe(204);
      const queue = await staff.fetch(`${portal![1]}/console/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: portal![1] },
        body: JSON.stringify({ query: '{ changeRequests { requestedBy personalIdNumber } }' }),
      });
      expect(await queue.json()).toEqual({
        data: { changeRequests: [{ requestedBy: 'st-lan', personalIdNumber: '048088007654' }] },
      });
      // npm start keeps the development issuer's key in the data folder, as `npm run token` finds it.
      const tokens = DevTokenIssuer.fromConfig(loadConfig({ ...readEnvironment(), DATA_DIR: dataDir }).tokens);
      const tax = `Bearer ${tokens.mint({ kind: 'agency', sub: 'btc-ct-demo', agency: 'BTC-CT', purpose: 'TAX_ADMINISTRATION', scope: 'business.representatives population.identity' })}`;
      const counts = (gateway: string) =>
        request(gateway).post('/graphql').set('Authorization', tax).send({ query: COUNTS });
      const before = (await counts(url)).body;
      expect(before.data.enterprise.legalRepresentatives).toEqual([{ citizen: { fullName: 'Nguyễn Văn An' } }]);
      await addAgency(first.output());
      before.data.agencies.totalCount += 1;
      first.child.kill('SIGINT');
      expect(await first.exited).toBe(0);
      expect(first.output()).toContain('[sochung] stopped');

      const second = launch({ DATA_DIR: dataDir });
      const again = await gatewayUrlOf(second);
      expect(second.output()).toContain('demo data already present');
      const after = (await counts(again)).body;
      expect(after).toEqual(before);
      second.child.kill('SIGINT');
      expect(await second.exited).toBe(0);
    },
    2 * READY_WITHIN_MS + 60_000,
  ); // two starts

  it('exits non-zero and says which app failed and why', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const taken = (blocker.address() as AddressInfo).port;
    try {
      const launched = launch({ DATA_DIR: newDataDir(), EXCHANGE_PORT: String(taken) });
      expect(await launched.exited).toBe(1);
      expect(launched.output()).toMatch(
        new RegExp(`exchange exited with code 1[\\s\\S]*port ${taken} is already in use`),
      );
    } finally {
      blocker.close();
    }
  });

  it('refuses a bad setting before starting anything, naming the variable', async () => {
    const launched = launch({ DATA_DIR: dataDir, GATEWAY_PORT: 'four thousand' });
    expect(await launched.exited).toBe(1);
    expect(launched.output()).toContain('GATEWAY_PORT must be a whole number from 0 to 65535 (got "four thousand")');
  });
});

describe('an app under a supervisor', () => {
  it('shuts down when its supervisor dies without a word (SIGKILL)', async () => {
    const launched = launch({ DATA_DIR: newDataDir(), LOG_LEVEL: 'log' });
    await gatewayUrlOf(launched);
    const pids = [...launched.output().matchAll(/\] (\d+) +- .*listening at/g)].map((match) => Number(match[1]));
    expect(pids).toHaveLength(6); // the four apps, the witness and the web server
    launched.child.kill('SIGKILL');
    const deadline = Date.now() + 15_000;
    while (pids.some(isAlive) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(pids.filter(isAlive)).toEqual([]);
  });
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
