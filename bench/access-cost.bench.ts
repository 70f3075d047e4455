import autocannon from 'autocannon';
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { loadConfig } from '@app/config';
import { openDatabase } from '../tools/database/open-database';
import { prepareDatabase } from '../tools/database/prepare-database';
import { startKeyServer } from './support/key-server';

/**
 * What token verification and the policy cost on a single-record lookup: the population
 * subgraph as deployed against the same subgraph with both switched off, in one run,
 * interleaved. Three callers of the same query: none on the open server (baseline), a steward
 * (verification + an in-memory decision), an agency (verification + its agreements read from
 * the database on every request + the decision).
 */
const QUERY = '{ citizen(personalIdNumber: "001085012345") { fullName sex } }';
const EXPECTED = '{"data":{"citizen":{"fullName":"Nguyễn Văn An","sex":"MALE"}}}';
const ROUNDS = 3;
const SECONDS = 5;
const CONNECTIONS = 16;

interface Variant {
  name: string;
  server: 'open' | 'checked';
  authorization?: string;
}

async function main(): Promise<void> {
  const config = loadConfig({ NODE_ENV: 'test' });
  const db = await openDatabase(config.database, { scratch: true });
  await prepareDatabase(db.dataSource, { demoData: true });
  const keys = await startKeyServer();
  const mint = keys.tokens.mint.bind(keys.tokens);
  const variants: Variant[] = [
    { name: 'open (no checks)', server: 'open' },
    {
      name: 'steward token',
      server: 'checked',
      authorization: `Bearer ${mint({ kind: 'steward', sub: 'st-bench', registry: 'population' }, 3600)}`,
    },
    {
      name: 'agency token',
      server: 'checked',
      authorization: `Bearer ${mint({ kind: 'agency', sub: 'bhxh-demo', agency: 'BHXH', purpose: 'SOCIAL_INSURANCE_ENROLMENT', scope: 'population.identity' }, 3600)}`,
    },
  ];
  const env = { ...db.env, ...keys.env };
  const servers = { open: await startServer('open', env), checked: await startServer('checked', env) };
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
    console.log('caller               req/s (mean)   runs                     vs open');
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

function startServer(
  mode: 'open' | 'checked',
  env: Record<string, string>,
): Promise<{ child: ChildProcess; url: string }> {
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
