import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { startTestGraph } from '../tools/graph/start-graph';

/**
 * W1 of PERFORMANCE.md on one machine: an agency reads one citizen through the real gateway
 * (token, policy, access log), autocannon from this process. Prints one JSON line: requests/s,
 * latency and the CPU milliseconds each app process spent per request (from /proc/<pid>/stat),
 * so that two builds run one after the other, in turns, can be compared as ratios.
 * Arguments: seconds (10) and connections (32); DATABASE_URL for PostgreSQL, as for the graph.
 */
const SECONDS = Number(process.argv[2] ?? 10);
const CONNECTIONS = Number(process.argv[3] ?? 32);
const QUERY = JSON.stringify({ query: '{ citizen(personalIdNumber: "001085012345") { fullName sex } }' });
const EXPECTED = '"fullName":"Nguyễn Văn An"';
// Linux counts process time in clock ticks, 100 per second on every machine this runs on.
const TICKS_PER_SECOND = 100;

function cpuMilliseconds(pid: number): number {
  // utime and stime are fields 14 and 15; the command name (field 2) may hold spaces, so count after it.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

async function main(): Promise<void> {
  const graph = await startTestGraph();
  try {
    const authorization = `Bearer ${graph.tokens.mint({
      kind: 'agency',
      sub: 'bhxh-demo',
      agency: 'BHXH',
      purpose: 'SOCIAL_INSURANCE_ENROLMENT',
      scope: 'population.identity',
    })}`;
    const run = (seconds: number) =>
      autocannon({
        url: `${graph.gatewayUrl}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: QUERY,
        connections: CONNECTIONS,
        duration: seconds,
        // Every answer is checked: a fast refusal must not pass for a fast read.
        verifyBody: (body) => String(body).includes(EXPECTED) && !String(body).includes('"errors"'),
      });
    await run(3);
    const pids = Object.fromEntries(graph.apps.processes.map((app) => [app.name, app.pid!]));
    const before = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuMilliseconds(pid)]));
    const result = await run(SECONDS);
    const requests = result.requests.total;
    const cpuMsPerRequest = Object.fromEntries(
      Object.entries(pids).map(([name, pid]) => [name, +((cpuMilliseconds(pid) - before[name]) / requests).toFixed(3)]),
    );
    console.log(
      JSON.stringify({
        rps: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        requests,
        failed: result.non2xx + result.errors + result.mismatches,
        cpuMsPerRequest: { gateway: cpuMsPerRequest.gateway, population: cpuMsPerRequest.population },
      }),
    );
  } finally {
    await graph.close();
  }
}

void main();
