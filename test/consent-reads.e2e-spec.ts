import request from 'supertest';
import { startTestGraph, type TestGraph } from '../tools/graph/start-graph';
import { agencyAuthorization, citizenAuthorization } from './support/agencies';
import { graphqlClient } from './support/graphql';

type GraphQLError = { path?: (string | number)[]; extensions: Record<string, unknown> };
type Body = { data?: Record<string, unknown> | null; errors?: GraphQLError[] };

const AN = '001085012345';
const READ = `query ($id: String!) { citizen(personalIdNumber: $id) { fullName permanentResidence { provinceCode } phone } }`;
const REQUEST = `mutation($input: RequestConsentInput!) { requestConsent(input: $input) { id } }`;
const GRANT = `mutation($input: GrantConsentInput!) { grantConsent(input: $input) { consent { id categories } } }`;
const REVOKE = `mutation($id: ID!) { revokeConsent(id: $id) { consent { status } } }`;
const MY_LOG = `query ($from: DateTime!, $to: DateTime!) {
  myAccessLog(from: $from, to: $to, first: 100) { nodes { agencyCode purpose fields consentIds bases { category kind consentId } } } }`;

let graph: TestGraph;
let BANK = '';

beforeAll(async () => {
  graph = await startTestGraph();
  BANK = agencyAuthorization(graph, 'DEMO-BANK', 'ACCOUNT_OPENING_KYC');
});

afterAll(async () => {
  await graph?.close();
});

const gql = graphqlClient(() => graph.gatewayUrl);
const days = (n: number) => new Date(Date.now() + n * 24 * 3600 * 1000).toISOString();

/** The reason of each withheld field, by its path. */
function withheld(body: Body): Record<string, unknown> {
  return Object.fromEntries(
    (body.errors ?? [])
      .filter((error) => error.extensions.code === 'FORBIDDEN')
      .map((error) => [error.path!.join('.'), error.extensions.reason]),
  );
}

/** The bank asks for three categories; the citizen grants `granted` of them. */
async function consentOf(pid: string, granted: string[], input: Record<string, unknown> = {}): Promise<string> {
  const asked = await gql(
    REQUEST,
    {
      input: {
        personalIdNumber: pid,
        categories: ['population.contact', 'population.identity', 'population.residence'],
        validTo: days(30),
        fetchType: 'PERIODIC',
        maxReadsPerDay: 100,
        dataLifeDays: 30,
        ...input,
      },
    },
    BANK,
  );
  expect(asked.body.errors).toBeUndefined();
  const grant = await gql(
    GRANT,
    {
      input: {
        requestId: (asked.body as { data: { requestConsent: { id: string } } }).data.requestConsent.id,
        categories: granted,
      },
    },
    citizenAuthorization(graph, pid),
  );
  expect(grant.body.errors).toBeUndefined();
  return (grant.body as { data: { grantConsent: { consent: { id: string } } } }).data.grantConsent.consent.id;
}

it('a bank without an agreement is denied, asks, reads exactly the two categories granted, until the citizen revokes', async () => {
  const before = (await gql(READ, { id: AN }, BANK)).body as Body;
  // Without a basis for any category, the bank is not even told whether An is registered.
  expect(before.data!.citizen).toBeNull();
  expect(withheld(before)).toEqual({ citizen: 'NO_AGREEMENT_OR_CONSENT' });

  const consentId = await consentOf(AN, ['population.identity', 'population.residence']);
  const after = (await gql(READ, { id: AN }, BANK)).body as Body;
  expect(after.data!.citizen).toEqual({
    fullName: 'Nguyễn Văn An',
    permanentResidence: { provinceCode: '001' },
    phone: null,
  });
  expect(withheld(after)).toEqual({ 'citizen.phone': 'NO_AGREEMENT_OR_CONSENT' });

  // The tracker shows the read, with the consent that allowed it.
  const log = (await gql(MY_LOG, { from: days(-1), to: days(1) }, citizenAuthorization(graph, AN))).body as Body;
  const entries = (log.data!.myAccessLog as { nodes: { agencyCode: string; consentIds: string[]; fields: string[] }[] })
    .nodes;
  const bankReads = entries.filter((entry) => entry.agencyCode === 'DEMO-BANK');
  expect(bankReads).toHaveLength(1);
  expect(bankReads[0].consentIds).toEqual([consentId]);
  expect(bankReads[0].fields.sort()).toEqual(['Citizen.fullName', 'Citizen.permanentResidence']);

  await gql(REVOKE, { id: consentId }, citizenAuthorization(graph, AN)).expect(200);
  const revoked = (await gql(READ, { id: AN }, BANK)).body as Body;
  expect(revoked.data!.citizen).toBeNull();
  expect(withheld(revoked)['citizen']).toBe('CONSENT_REVOKED');
});

it('spends a one-time consent at its first read', async () => {
  const pid = '079190004321';
  await consentOf(pid, ['population.identity'], { fetchType: 'ONE_TIME', maxReadsPerDay: null });
  const first = (await gql(READ, { id: pid }, BANK)).body as Body;
  expect((first.data!.citizen as { fullName: string }).fullName).toBe('Trần Thị Bình');
  const second = (await gql(READ, { id: pid }, BANK)).body as Body;
  expect(withheld(second)['citizen']).toBe('CONSENT_SPENT');
});

it('stops a periodic consent at its daily cap', async () => {
  const pid = '048088007654';
  await consentOf(pid, ['population.identity'], { maxReadsPerDay: 2 });
  for (let i = 0; i < 2; i++) {
    expect(((await gql(READ, { id: pid }, BANK)).body as Body).data!.citizen).toMatchObject({
      fullName: 'Lê Minh Châu',
    });
  }
  const third = (await gql(READ, { id: pid }, BANK)).body as Body;
  expect(withheld(third)['citizen']).toBe('CONSENT_LIMIT_REACHED');
});

it('no longer honours an expired consent', async () => {
  const pid = '031203000777';
  const consentId = await consentOf(pid, ['population.identity']);
  // Time passes: the window ends (as an operator's clock would show it; the table is not append-only).
  await graph.database.dataSource.query(
    `UPDATE access.consents SET valid_from = now() - interval '2 days', valid_to = now() - interval '1 second' WHERE id = $1`,
    [consentId],
  );
  const read = (await gql(READ, { id: pid }, BANK)).body as Body;
  expect(withheld(read)['citizen']).toBe('CONSENT_EXPIRED');
});

it('lets nobody else use the consent: another agency, or the bank for another purpose', async () => {
  const pid = '092195001122';
  await consentOf(pid, ['population.identity']);
  const otherPurpose = agencyAuthorization(graph, 'DEMO-BANK', 'PUBLIC_SERVICE_PROCEDURE');
  expect(withheld((await gql(READ, { id: pid }, otherPurpose)).body as Body)['citizen']).toBe(
    'NO_AGREEMENT_OR_CONSENT',
  );
  const response = await request(graph.gatewayUrl)
    .post('/graphql')
    .set('Authorization', agencyAuthorization(graph, 'HN-TTPVHCC', 'ACCOUNT_OPENING_KYC'))
    .send({ query: READ, variables: { id: pid } });
  expect(withheld(response.body as Body)['citizen']).toBe('NO_AGREEMENT_OR_CONSENT');
});

it('leaves a one-time consent unused when the read could not be recorded, so that the retry is released', async () => {
  const pid = '048088007654';
  const READ_RESIDENCE = `query ($id: String!) { citizen(personalIdNumber: $id) { permanentResidence { provinceCode } } }`;
  const consentId = await consentOf(pid, ['population.residence'], { fetchType: 'ONE_TIME', maxReadsPerDay: null });
  const db = graph.database.dataSource;
  // The log refuses writes: the read is served, its record cannot be committed, nothing is released.
  await db.query('ALTER TABLE access.access_records ADD CONSTRAINT ck_test_refuse_log_write CHECK (false) NOT VALID');
  let failed: Body;
  try {
    failed = (await gql(READ_RESIDENCE, { id: pid }, BANK)).body as Body;
  } finally {
    await db.query('ALTER TABLE access.access_records DROP CONSTRAINT ck_test_refuse_log_write');
  }
  expect(failed.data?.citizen ?? null).toBeNull();
  expect(failed.errors?.map((error) => error.extensions.code)).toContain('ACCESS_LOG_UNAVAILABLE');
  const [unused] = await db.query<{ status: string; use_count: number }[]>(
    'SELECT status, use_count FROM access.consents WHERE id = $1',
    [consentId],
  );
  expect(unused).toEqual({ status: 'active', use_count: 0 });

  const retry = (await gql(READ_RESIDENCE, { id: pid }, BANK)).body as Body;
  expect(retry.errors).toBeUndefined();
  expect(retry.data!.citizen).toEqual({ permanentResidence: { provinceCode: expect.any(String) } });
  const [spent] = await db.query<{ status: string; use_count: number }[]>(
    'SELECT status, use_count FROM access.consents WHERE id = $1',
    [consentId],
  );
  expect(spent).toEqual({ status: 'spent', use_count: 1 });
  const cited = await db.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM access.access_records WHERE outcome = 'released' AND $1 = ANY(consent_ids)`,
    [consentId],
  );
  expect(cited[0].n).toBe(1);
});

it('lets one of five concurrent reads use a one-time consent; the others get no data and are logged as refused', async () => {
  const pid = '079190004321';
  const READ_PHONE = `query ($id: String!) { citizen(personalIdNumber: $id) { phone } }`;
  const consentId = await consentOf(pid, ['population.contact'], { fetchType: 'ONE_TIME', maxReadsPerDay: null });
  const since = new Date();
  const bodies = await Promise.all(
    Array.from({ length: 5 }, async () => (await gql(READ_PHONE, { id: pid }, BANK)).body as Body),
  );
  // Released: the phone (null when the registry has none) without an error.
  const released = (body: Body) => body.errors === undefined && body.data?.citizen !== undefined;
  expect(bodies.filter(released)).toHaveLength(1);
  // The losers were told at decision (the field withheld) or at commit (no data at all): either way, spent.
  for (const body of bodies.filter((body) => !released(body))) {
    expect(body.errors?.map((error) => error.extensions.reason)).toEqual(['CONSENT_SPENT']);
  }
  const records = await graph.database.dataSource.query<{ outcome: string; n: number }[]>(
    `SELECT outcome, count(*)::int AS n FROM access.access_records
      WHERE agency_code = 'DEMO-BANK' AND subject_id = $1 AND recorded_at >= $2 GROUP BY outcome ORDER BY outcome`,
    // A loser told at decision is refused the lookup itself (its record names the key field,
    // not the phone): every record of these five reads counts.
    [pid, since],
  );
  expect(records).toEqual([
    { outcome: 'refused', n: 4 },
    { outcome: 'released', n: 1 },
  ]);
  const [row] = await graph.database.dataSource.query('SELECT status, use_count FROM access.consents WHERE id = $1', [
    consentId,
  ]);
  expect(row).toEqual({ status: 'spent', use_count: 1 });
});
