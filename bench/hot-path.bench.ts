import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { fork } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TokenVerifier } from '@app/auth';
import { loadConfig } from '@app/config';
import { subgraphFetcher } from '../apps/gateway/src';
import { startKeyServer } from './support/key-server';

/**
 * The two costs issue 14 took out of the gateway's hot path, each measured alone in this
 * process as CPU microseconds per operation (process.cpuUsage), old and new in turns after a
 * warm-up, so
 * that the machine's noise falls on both alike:
 * - verifying one agency token, as every request does (against a key set served over HTTP,
 *   as the exchange publishes it): VERIFIED_TOKEN_CACHE_SIZE 0 (each time) against 10,000;
 * - one subgraph call of W1's size, 32 in flight: Apollo's default fetcher against the
 *   gateway's undici agent. The subgraph is a plain HTTP server in a child process, so its
 *   CPU is not counted.
 */
const ROUNDS = 4;
const VERIFICATIONS = 20_000;
const CALLS = 5_000;
const IN_FLIGHT = 32;
const ANSWER = JSON.stringify({ data: { citizen: { fullName: 'Nguyễn Văn An', sex: 'MALE' } } });

async function cpuMicrosecondsPer(count: number, work: () => Promise<void>): Promise<number> {
  const start = process.cpuUsage();
  await work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / count;
}

async function tokenCosts(): Promise<Record<string, number[]>> {
  const keys = await startKeyServer();
  try {
    const config = loadConfig({ NODE_ENV: 'test', ...keys.env }).tokens;
    const token = keys.tokens.mint({
      kind: 'agency',
      sub: 'bhxh-demo',
      agency: 'BHXH',
      purpose: 'SOCIAL_INSURANCE_ENROLMENT',
      scope: 'population.identity',
    });
    const verifiers = {
      'verify, each time': new TokenVerifier({ ...config, verifiedTokenCacheSize: 0 }),
      'verify, remembered': new TokenVerifier(config),
    };
    const costs: Record<string, number[]> = {};
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, verifier] of Object.entries(verifiers)) {
        await verifier.verify(token);
        const cost = await cpuMicrosecondsPer(VERIFICATIONS, async () => {
          for (let i = 0; i < VERIFICATIONS; i++) await verifier.verify(token);
        });
        (costs[name] ??= []).push(cost);
      }
    }
    return costs;
  } finally {
    await keys.close();
  }
}

async function fetcherCosts(): Promise<Record<string, number[]>> {
  const child = fork(__filename, ['subgraph'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const url = await new Promise<string>((resolve) => child.once('message', (message) => resolve(message as string)));
  try {
    const config = loadConfig({ NODE_ENV: 'test' });
    const fetchers = {
      "call, Apollo's default": new RemoteGraphQLDataSource({ url }).fetcher,
      'call, undici agent': subgraphFetcher(config.subgraphCalls),
    };
    const body = JSON.stringify({ query: '{ citizen(personalIdNumber: "001085012345") { fullName sex } }' });
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${'x'.repeat(600)}` };
    const costs: Record<string, number[]> = {};
    // Round -1 warms both up (undici's first calls are slow) and is not counted.
    for (let round = -1; round < ROUNDS; round++) {
      for (const [name, fetcher] of Object.entries(fetchers)) {
        let left = CALLS;
        const worker = async () => {
          while (left-- > 0) {
            const response = await fetcher(url, { method: 'POST', headers, body });
            if (!response.ok || !(await response.text()).includes('Nguyễn')) throw new Error(`${name}: bad answer`);
          }
        };
        const started = Date.now();
        const cost = await cpuMicrosecondsPer(CALLS, () =>
          Promise.all(Array.from({ length: IN_FLIGHT }, worker)).then(),
        );
        if (round < 0) continue;
        (costs[name] ??= []).push(cost);
        (costs[`${name} (calls/s)`] ??= []).push(Math.round((CALLS * 1000) / (Date.now() - started)));
      }
    }
    return costs;
  } finally {
    child.kill();
  }
}

function serveSubgraph(): void {
  const server = createServer((request, response) => {
    request.resume().on('end', () => {
      response.setHeader('content-type', 'application/json');
      response.end(ANSWER);
    });
  });
  server.listen(0, '127.0.0.1', () => {
    process.send!(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`);
  });
}

function report(costs: Record<string, number[]>, old: string, now: string, unit: string): void {
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  for (const [name, values] of Object.entries(costs)) {
    console.log(
      `${name.padEnd(34)} ${values.map((v) => v.toFixed(1)).join('  ')}   median ${median(values).toFixed(1)}`,
    );
  }
  console.log(
    `  ${unit} new / old, per round: ${costs[now].map((v, i) => (v / costs[old][i]).toFixed(3)).join('  ')}\n`,
  );
}

async function main(): Promise<void> {
  if (process.argv[2] === 'subgraph') return serveSubgraph();
  console.log(`CPU µs per operation, ${ROUNDS} rounds in turns\n`);
  report(await tokenCosts(), 'verify, each time', 'verify, remembered', 'CPU');
  const calls = await fetcherCosts();
  report(calls, "call, Apollo's default", 'call, undici agent', 'CPU');
  const rate = (name: string) => calls[`${name} (calls/s)`];
  const ratios = rate('call, undici agent').map((v, i) => (v / rate("call, Apollo's default")[i]).toFixed(3));
  console.log(`  calls/s new / old, per round: ${ratios.join('  ')}`);
}

void main();
