import autocannon from 'autocannon';
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { loadConfig, readEnvironment } from '@app/config';
import { openDatabase } from '../tools/database/open-database';
import { prepareDatabase } from '../tools/database/prepare-database';
import { startKeyServer } from './support/key-server';

/**
 * What token verification, the policy and the access log cost on a single-record lookup: the
 * population subgraph as deployed against the same subgraph with them switched off, in one
 * run, interleaved. Baseline: the open server (no verification, no policy, no log). Then,
 * without the log: a steward (verification + an in-memory decision) and an agency
 * (verification + its agreements read on every request + the decision). Then the agency with
 * the access log on (each response's record group-committed before it is sent).
 */
const QUERY = '{ citizen(personalIdNumber: "001085012345") { fullName sex } }';
const EXPECTED = '{"data":{"citizen":{"fullName":"Nguyễn Văn An","sex":"MALE"}}}';
const ROUNDS = 3;
const SECONDS = 5;
/** Concurrent callers (`--connections n`): group commit shares a transaction among those waiting together. */
const CONNECTIONS = Number(process.argv[process.argv.indexOf('--connections') + 1] || 0) || 16;

type Server = 'open' | 'no-log' | 'full';

interface Variant {
  name: string;
  server: Server;
  authorization?: string;
}

async function main(): Promise<void> {
  const config = loadConfig({ ...readEnvironment(), NODE_ENV: 'test' });
  const db = await openDatabase(config.database, { scratch: true });
  await prepareDatabase(db.dataSource, { demoData: true });
  const keys = await startKeyServer();
  const mint = keys.tokens.mint.bind(keys.tokens);
  const agency = `Bearer ${mint({ kind: 'agency', sub: 'bhxh-demo', agency: 'BHXH', purpose: 'SOCIAL_INSURANCE_ENROLMENT', scope: 'population.identity' }, 3600)}`;
  const variants: Variant[] = [
    { name: 'open (no checks)', server: 'open' },
    {
      name: 'steward, no log',
      server: 'no-log',
      authorization: `Bearer ${mint({ kind: 'steward', sub: 'st-bench', registry: 'population' }, 3600)}`,
    },
    { name: 'agency, no log', server: 'no-log', authorization: agency },
    { name: 'agency, log on', server: 'full', authorization: agency },
  ];
  const env = { ...db.env, ...keys.env };
  const servers = {
    open: await startServer('open', env),
    'no-log': await startServer('no-log', env),
    full: await startServer('full', env),
  };
  try {
    for (const variant of variants) await expectAnswer(servers[variant.server].url, variant.authorization);
    const rps = new Map<string, number[]>(variants.map((variant) => [variant.name, []]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const variant of round % 2 === 0 ? variants : [...variants].reverse()) {
        const result = await load(servers[variant.server].url, variant.authorization);
        if (result.non2xx > 0 || result.errors > 0) throw new Error(`${variant.name}: ${result.non2xx} non-2xx`);
        rps.get(variant.name)!.push(result.requests.average);
      }
    }
    const baseline = mean(rps.get(variants[0].name)!);
    console.log(
      `\nSingle-record lookup on the population subgraph: ${ROUNDS} rounds x ${SECONDS}s, ${CONNECTIONS} connections\n`,
    );
    console.log('caller               req/s (mean)   runs                     vs open   vs previous');
    for (const variant of variants) {
      const runs = rps.get(variant.name)!;
      console.log(
        `${variant.name.padEnd(20)} ${mean(runs).toFixed(0).padStart(12)}   ${runs
          .map((r) => r.toFixed(0))
          .join(' / ')
          .padEnd(24)} ${(mean(runs) / baseline).toFixed(2)}`,
      );
    }
    console.log('');
  } finally {
    await Promise.all(Object.values(servers).map((server) => stop(server.child)));
    await keys.close();
    await db.close();
  }
}

function startServer(mode: Server, env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = fork(join(__dirname, 'access-server.js'), [mode], {
    env: { NODE_ENV: 'test', LOG_LEVEL: 'error', ...env },
    stdio: 'inherit',
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${mode} server exited with ${code}`)));
    child.on('message', (message: { url?: string }) => message.url && resolve({ child, url: message.url }));
  });
}

/** Every variant must give the real answer, or the comparison means nothing. */
async function expectAnswer(url: string, authorization?: string): Promise<void> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query: QUERY }),
  });
  const body = JSON.stringify(await response.json());
  if (body !== EXPECTED) throw new Error(`${url} answered ${body}`);
}

function load(url: string, authorization?: string): Promise<autocannon.Result> {
  return autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query: QUERY }),
    connections: CONNECTIONS,
    duration: SECONDS,
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

function mean(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
