import { startTestGraph, type TestGraph } from '../tools/graph/start-graph';
import { errorOf, graphqlClient } from './support/graphql';

// A token the gateway and population already verified (and now remember, issue 14) is still
// only as good as its system: a suspension holds at the very next request with that token,
// and a resumption at the one after, because the policy reads the system's status every time.

const CITIZEN = '{ citizen(personalIdNumber: "001085012345") { fullName } }';
const SYSTEM = 'mutation($clientId: String!) { %s(input: { clientId: $clientId }) { status } }';

let graph: TestGraph;
const gql = graphqlClient(() => graph.gatewayUrl);
let bhxh: string;

beforeAll(async () => {
  graph = await startTestGraph();
  bhxh = `Bearer ${graph.tokens.mint({
    kind: 'agency',
    sub: 'bhxh-demo',
    agency: 'BHXH',
    purpose: 'SOCIAL_INSURANCE_ENROLMENT',
    scope: 'population.identity',
  })}`;
});

afterAll(async () => {
  await graph?.close();
});

const admin = (sub: string) => `Bearer ${graph.tokens.mint({ kind: 'admin', sub })}`;
const system = async (mutation: string, by: string) => {
  const { body } = await gql(SYSTEM.replace('%s', mutation), { clientId: 'bhxh-demo' }, admin(by));
  expect(body.errors).toBeUndefined();
  return body.data[mutation].status as string;
};

it('refuses a remembered token at the next request once its system is suspended, and serves it once resumed', async () => {
  for (let i = 0; i < 3; i++) {
    expect((await gql(CITIZEN, {}, bhxh)).body.data.citizen).toEqual({ fullName: 'Nguyễn Văn An' });
  }
  expect(await system('suspendAgencySystem', 'adm-an')).toBe('SUSPENDED');
  const { body } = await gql(CITIZEN, {}, bhxh);
  expect(body.data.citizen).toBeNull();
  expect(errorOf(body)).toMatchObject({ code: 'FORBIDDEN', reason: 'SYSTEM_NOT_ACTIVE' });
  expect(await system('approveAgencySystem', 'adm-binh')).toBe('ACTIVE');
  expect((await gql(CITIZEN, {}, bhxh)).body.data.citizen).toEqual({ fullName: 'Nguyễn Văn An' });
});
