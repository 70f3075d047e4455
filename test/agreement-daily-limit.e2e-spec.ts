import { startTestGraph, type TestGraph } from '../tools/graph/start-graph';
import { agencyAuthorization } from './support/agencies';
import { graphqlClient } from './support/graphql';

// An agreement's recordsPerDay: the records released under it per calendar day in Vietnam,
// counted in the database (every instance shares the count); past it, fields are withheld
// with DAILY_LIMIT_REACHED and the refusal is logged.

type GraphQLError = { path?: (string | number)[]; extensions: Record<string, unknown> };
type Body = { data?: Record<string, unknown> | null; errors?: GraphQLError[] };

const LIMIT = 3;
const AN = '001085012345';
const OTHERS = ['079190004321', '048088007654', '031203000777'];
const ONE = `query ($id: String!) { citizen(personalIdNumber: $id) { fullName } }`;
const MANY = `query ($ids: [String!]!) { citizens(personalIdNumbers: $ids) { personalIdNumber fullName } }`;
const PROPOSE = `mutation($input: ProposeAgreementInput!) { proposeAgreement(input: $input) { id agreementNumber } }`;
const APPROVE = `mutation($id: ID!) { approveAgreement(input: { id: $id }) { id status } }`;

let graph: TestGraph;
let BANK = '';
let agreementId = '';
const gql = graphqlClient(() => graph.gatewayUrl);

/** The reason of each withheld field, by its path. */
function withheld(body: Body): Record<string, unknown> {
  return Object.fromEntries(
    (body.errors ?? [])
      .filter((error) => error.extensions.code === 'FORBIDDEN')
      .map((error) => [error.path!.join('.'), error.extensions.reason]),
  );
}

beforeAll(async () => {
  graph = await startTestGraph();
  const admin = (sub: string) => `Bearer ${graph.tokens.mint({ kind: 'admin', sub })}`;
  BANK = agencyAuthorization(graph, 'DEMO-BANK', 'ACCOUNT_OPENING_KYC');
  const proposed = await gql(
    PROPOSE,
    {
      input: {
        agencyCode: 'DEMO-BANK',
        categories: ['population.identity'],
        purposes: ['ACCOUNT_OPENING_KYC'],
        legalBasis: {
          instrument: 'Luật Phòng, chống rửa tiền số 14/2022/QH15',
          article: 'Điều 9',
          clause: null,
          textVi: 'Ngân hàng nhận biết khách hàng khi mở tài khoản.',
        },
        validFrom: '2026-01-01T00:00:00.000Z',
        validTo: '2030-12-31T00:00:00.000Z',
        requestsPerMinute: 600,
        recordsPerDay: LIMIT,
        note: 'Thử giới hạn bản ghi mỗi ngày',
      },
    },
    admin('adm-an'),
  );
  expect(proposed.body.errors).toBeUndefined();
  agreementId = (proposed.body as { data: { proposeAgreement: { id: string } } }).data.proposeAgreement.id;
  const approved = await gql(APPROVE, { id: agreementId }, admin('adm-binh'));
  expect(approved.body.errors).toBeUndefined();
}, 120_000);

afterAll(async () => {
  await graph?.close();
});

it('releases recordsPerDay records under the agreement, then withholds with DAILY_LIMIT_REACHED and logs the refusal', async () => {
  // One record a subject: a read of one citizen, then a batch of two, fill the day.
  const first = (await gql(ONE, { id: AN }, BANK)).body as Body;
  expect(first.errors).toBeUndefined();
  const batch = (await gql(MANY, { ids: OTHERS.slice(0, 2) }, BANK)).body as Body;
  expect(batch.errors).toBeUndefined();
  expect((batch.data!.citizens as { fullName: string | null }[]).every((c) => c.fullName !== null)).toBe(true);

  const past = (await gql(ONE, { id: OTHERS[2] }, BANK)).body as Body;
  // Past the day's records the agreement is no basis at all: not even whether the citizen is
  // registered is told (a lookup is decided as the fields are).
  expect(past.data!.citizen).toBeNull();
  expect(withheld(past)).toEqual({ citizen: 'DAILY_LIMIT_REACHED' });

  const records = await graph.database.dataSource.query<{ outcome: string; subject_id: string; bases: unknown }[]>(
    `SELECT outcome, subject_id, bases FROM access.access_records WHERE agency_code = 'DEMO-BANK' ORDER BY seq`,
  );
  expect(records.map((record) => [record.outcome, record.subject_id])).toEqual([
    ['released', AN],
    ['released', OTHERS[0]],
    ['released', OTHERS[1]],
    ['refused', OTHERS[2]],
  ]);
  expect(records[3].bases).toMatchObject({ 'population.identity': { kind: 'refused', reason: 'DAILY_LIMIT_REACHED' } });
});

it('counts a batch subject by subject: a batch past the limit gets nothing more', async () => {
  const batch = (await gql(MANY, { ids: [AN, OTHERS[2]] }, BANK)).body as Body;
  expect(batch.data!.citizens).toEqual([null, null]);
  expect(Object.values(withheld(batch))).toEqual(['DAILY_LIMIT_REACHED', 'DAILY_LIMIT_REACHED']);
});
