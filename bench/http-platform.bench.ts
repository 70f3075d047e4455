import autocannon from 'autocannon';
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, readEnvironment } from '@app/config';
import { openDatabase } from '../tools/database/open-database';
import { prepareDatabase } from '../tools/database/prepare-database';
import { startKeyServer } from './support/key-server';

/**
 * Express against Fastify for a GraphQL subgraph: the same population subgraph on each
 * platform, each in its own process, loaded in turn (interleaved, two rounds) by autocannon
 * from this process. Two workloads: GraphQL and HTTP alone ({ __typename }), and a read
 * through the embedded database. Reports requests/s, latency and memory, and the ratios.
 */
const PLATFORMS = ['express', 'fastify'] as const;
const WORKLOADS = {
  typename: '{ __typename }',
  citizen: '{ citizen(personalIdNumber: "001085012345") { fullName sex } }',
};
const ROUNDS = 2;
const SECONDS = 5;
const CONNECTIONS = 16;

type Platform = (typeof PLATFORMS)[number];
type Workload = keyof typeof WORKLOADS;
let authorization = '';

async function main(): Promise<void> {
  const config = loadConfig({ ...readEnvironment(), NODE_ENV: 'test' });
  const db = await openDatabase(config.database, { scratch: true });
  await prepareDatabase(db.dataSource, { demoData: true });
  const keys = await startKeyServer();
  // A population steward: the subgraph verifies the token and the policy allows in memory.
  authorization = `Bearer ${keys.tokens.mint({ kind: 'steward', sub: 'st-bench', registry: 'population' })}`;
  const servers = {} as Record<Platform, { child: ChildProcess; url: string }>;
  for (const platform of PLATFORMS) servers[platform] = await startServer(platform, { ...db.env, ...keys.env });
  for (const platform of PLATFORMS) await expectSameAnswer(servers[platform].url);

  const results: Record<string, { rps: number[]; p50: number[]; p99: number[] }> = {};
  for (let round = 0; round < ROUNDS; round++) {
    for (const workload of Object.keys(WORKLOADS) as Workload[]) {
      for (const platform of round % 2 === 0 ? PLATFORMS : [...PLATFORMS].reverse()) {
        const result = await load(servers[platform].url, WORKLOADS[workload]);
        if (result.non2xx > 0 || result.errors > 0) {
          throw new Error(`${platform} answered ${result.non2xx} non-2xx and ${result.errors} errors on ${workload}`);
        }
        const key = `${workload}/${platform}`;
        results[key] ??= { rps: [], p50: [], p99: [] };
        results[key].rps.push(result.requests.average);
        results[key].p50.push(result.latency.p50);
        results[key].p99.push(result.latency.p99);
      }
    }
  }

  console.log(`\nHTTP platform for a GraphQL subgraph: ${ROUNDS} rounds x ${SECONDS}s, ${CONNECTIONS} connections\n`);
  console.log('workload   platform   req/s (mean)   p50 ms   p99 ms   RSS MiB');
  for (const workload of Object.keys(WORKLOADS) as Workload[]) {
    for (const platform of PLATFORMS) {
      const r = results[`${workload}/${platform}`];
      console.log(
        `${workload.padEnd(10)} ${platform.padEnd(10)} ${mean(r.rps).toFixed(0).padStart(12)} ${mean(r.p50).toFixed(1).padStart(8)} ${mean(r.p99).toFixed(1).padStart(8)} ${rssMiB(servers[platform].child).padStart(9)}`,
      );
    }
    const ratio = mean(results[`${workload}/fastify`].rps) / mean(results[`${workload}/express`].rps);
    console.log(`${workload.padEnd(10)} fastify/express throughput ratio: ${ratio.toFixed(2)}\n`);
  }
  await Promise.all(PLATFORMS.map((platform) => stopServer(servers[platform].child)));
  await keys.close();
  await db.close();
}

function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

function startServer(platform: Platform, env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = fork(join(__dirname, 'platform-server.js'), [platform], {
    env: { NODE_ENV: 'test', LOG_LEVEL: 'error', ...env },
    stdio: 'inherit',
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${platform} server exited with ${code}`)));
    child.on('message', (message: { url?: string }) => message.url && resolve({ child, url: message.url }));
  });
}

/** Both platforms must give the real answer, or the comparison means nothing. */
async function expectSameAnswer(url: string): Promise<void> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify({ query: WORKLOADS.citizen }),
  });
  const body = JSON.stringify(await response.json());
  if (body !== '{"data":{"citizen":{"fullName":"Nguyễn Văn An","sex":"MALE"}}}')
    throw new Error(`${url} answered ${body}`);
}

function load(url: string, query: string): Promise<autocannon.Result> {
  return autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify({ query }),
    connections: CONNECTIONS,
    duration: SECONDS,
  });
}

function mean(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function rssMiB(child: ChildProcess): string {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return (kb / 1024).toFixed(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
