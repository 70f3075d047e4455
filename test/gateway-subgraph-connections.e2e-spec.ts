import { SUBGRAPH_NAMES, readEnvironment, subgraphUrlVariable } from '@app/config';
import { AppProcess } from '../tools/graph/app-process';
import { distDir, startTestGraph, type TestGraph } from '../tools/graph/start-graph';
import { ConnectionCounter } from './support/connection-counter';

// The gateway's subgraph client (issue 14): connections kept alive and reused, at most
// SUBGRAPH_CONNECTIONS to each subgraph. Counted where the subgraph accepts them.

const CONNECTIONS = 2;
const CITIZEN = JSON.stringify({ query: '{ citizen(personalIdNumber: "001085012345") { fullName } }' });

let graph: TestGraph;
let population: ConnectionCounter;
let gateway: AppProcess;
let gatewayUrl: string;
let authorization: string;

beforeAll(async () => {
  graph = await startTestGraph();
  // Each answer held back a little, so that calls made together are at the subgraph together.
  population = await ConnectionCounter.start(graph.subgraphUrls.population, { delayMs: 50 });
  // A second gateway over the same subgraphs, reaching population through the counter.
  gateway = AppProcess.spawn(
    'gateway',
    distDir(),
    {
      ...readEnvironment(),
      ...graph.toolEnv,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      GATEWAY_PORT: '0',
      SUBGRAPH_CONNECTIONS: String(CONNECTIONS),
      ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [subgraphUrlVariable(name), graph.subgraphUrls[name]])),
      [subgraphUrlVariable('population')]: population.url,
    },
    () => undefined,
  );
  gatewayUrl = await gateway.listening(60_000);
  authorization = `Bearer ${graph.tokens.mint({
    kind: 'agency',
    sub: 'bhxh-demo',
    agency: 'BHXH',
    purpose: 'SOCIAL_INSURANCE_ENROLMENT',
    scope: 'population.identity',
  })}`;
});

afterAll(async () => {
  await gateway?.stop();
  await population?.close();
  await graph?.close();
});

async function readAn(): Promise<void> {
  const response = await fetch(`${gatewayUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: CITIZEN,
  });
  expect(await response.json()).toEqual({ data: { citizen: { fullName: 'Nguyễn Văn An' } } });
}

it('reuses one connection to a subgraph for reads one after another', async () => {
  await readAn();
  population.reset();
  for (let i = 0; i < 10; i++) await readAn();
  expect(population.accepted).toBe(0);
});

it(`opens at most SUBGRAPH_CONNECTIONS (${CONNECTIONS}) to a subgraph however many reads come at once; the rest wait`, async () => {
  population.reset();
  await Promise.all(Array.from({ length: 12 }, () => readAn()));
  expect(population.mostOpen).toBeLessThanOrEqual(CONNECTIONS);
});
