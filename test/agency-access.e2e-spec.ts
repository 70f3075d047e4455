import request from 'supertest';
import { startTestGraph, type TestGraph } from '../tools/graph/start-graph';
import { agencyAuthorization, citizenAuthorization } from './support/agencies';
import { ALICE, CAROL, useStewards } from './support/stewards';

type GraphQLError = { message: string; path?: (string | number)[]; extensions: Record<string, unknown> };
type Body = { data?: Record<string, unknown> | null; errors?: GraphQLError[] };

const AN = '001085012345';
const BINH = '079190004321';

const CITIZEN = `query ($id: String!) {
  citizen(personalIdNumber: $id) { personalIdNumber fullName permanentResidence { provinceCode } familyLinks { relation } phone bloodGroup }
}`;

/** The FORBIDDEN errors of a response, by path. */
function withheld(body: Body): Record<string, Record<string, unknown>> {
  return Object.fromEntries(
    (body.errors ?? [])
      .filter((error) => error.extensions.code === 'FORBIDDEN')
      .map((error) => [error.path!.join('.'), error.extensions]),
  );
}

let graph: TestGraph;

beforeAll(async () => {
  graph = await startTestGraph();
  useStewards(graph);
});

afterAll(async () => {
  await graph?.close();
});

const gql = (query: string, variables: Record<string, unknown>, authorization: string) =>
  request(graph.gatewayUrl).post('/graphql').set('Authorization', authorization).send({ query, variables });

describe('agency access: agreements decide, field by field', () => {
  it('releases what the agreement for the purpose names, and withholds the rest with a reason', async () => {
    const bhxh = agencyAuthorization(graph, 'BHXH', 'SOCIAL_INSURANCE_ENROLMENT');
    const { body } = (await gql(CITIZEN, { id: AN }, bhxh).expect(200)) as { body: Body };
    expect(body.data!.citizen).toEqual({
      personalIdNumber: AN,
      fullName: 'Nguyễn Văn An',
      permanentResidence: { provinceCode: '001' },
      familyLinks: expect.any(Array),
      phone: null,
      bloodGroup: null,
    });
    expect(withheld(body)).toEqual({
      'citizen.phone': {
        code: 'FORBIDDEN',
        reason: 'NO_AGREEMENT_OR_CONSENT',
        category: 'population.contact',
        purpose: 'SOCIAL_INSURANCE_ENROLMENT',
        subjectKind: 'citizen',
      },
      'citizen.bloodGroup': expect.objectContaining({
        reason: 'NO_AGREEMENT_OR_CONSENT',
        category: 'population.health',
      }),
    });
  });

  it('gives nothing for a purpose the agency has no agreement for', async () => {
    const bhxh = agencyAuthorization(graph, 'BHXH', 'TAX_ADMINISTRATION');
    const { body } = (await gql(CITIZEN, { id: AN }, bhxh)) as { body: Body };
    // No basis for any category of the record: not even whether the number is registered.
    expect(body.data!.citizen).toBeNull();
    expect(withheld(body)['citizen']).toMatchObject({
      reason: 'NO_AGREEMENT_OR_CONSENT',
      purpose: 'TAX_ADMINISTRATION',
    });
  });

  it('holds an agency to the scope its token was issued for', async () => {
    const narrow = agencyAuthorization(graph, 'BHXH', 'SOCIAL_INSURANCE_ENROLMENT', { scope: 'population.identity' });
    const { body } = (await gql(CITIZEN, { id: AN }, narrow)) as { body: Body };
    expect(body.data!.citizen).toMatchObject({ fullName: 'Nguyễn Văn An', permanentResidence: null });
    expect(withheld(body)['citizen.permanentResidence']).toMatchObject({ reason: 'OUTSIDE_TOKEN_SCOPE' });
  });

  it('gives a bank without a legal basis nothing (until a citizen consents)', async () => {
    const bank = agencyAuthorization(graph, 'DEMO-BANK', 'ACCOUNT_OPENING_KYC');
    const { body } = (await gql(CITIZEN, { id: AN }, bank)) as { body: Body };
    expect(body.data!.citizen).toBeNull();
    expect(withheld(body)).toEqual({ citizen: expect.objectContaining({ reason: 'NO_AGREEMENT_OR_CONSENT' }) });
  });

  it('refuses a system the exchange does not know, whoever signed its token', async () => {
    const stranger = agencyAuthorization(graph, 'BHXH', 'SOCIAL_INSURANCE_ENROLMENT', {
      clientId: 'bhxh-unregistered',
    });
    const { body } = (await gql(CITIZEN, { id: AN }, stranger)) as { body: Body };
    expect(withheld(body)['citizen']).toMatchObject({ reason: 'SYSTEM_NOT_ACTIVE' });
  });

  it('decides each row of a batched lookup, and the other registry decides the joined citizen', async () => {
    const tax = agencyAuthorization(graph, 'BTC-CT', 'TAX_ADMINISTRATION');
    const batch = (await gql(
      'query ($ids: [String!]!) { citizens(personalIdNumbers: $ids) { fullName phone } }',
      { ids: [AN, BINH] },
      tax,
    )) as { body: Body };
    expect(batch.body.data!.citizens).toEqual([
      { fullName: 'Nguyễn Văn An', phone: null },
      { fullName: 'Trần Thị Bình', phone: null },
    ]);
    expect(Object.keys(withheld(batch.body)).sort()).toEqual(['citizens.0.phone', 'citizens.1.phone']);

    const enterprise = (await gql(
      `query ($code: String!) { enterprise(enterpriseCode: $code) {
         name owners { capitalContribution } legalRepresentatives { title citizen { fullName phone } } } }`,
      { code: '0312345673' },
      tax,
    )) as { body: Body };
    const data = enterprise.body.data!.enterprise as {
      name: string;
      legalRepresentatives: { citizen: { fullName: string; phone: null } }[];
    };
    expect(data.name).toBe('Công ty Cổ phần Thực phẩm Mê Kông');
    expect(data.legalRepresentatives.map((representative) => representative.citizen.fullName).sort()).toEqual([
      'Lê Minh Châu',
      'Trần Thị Bình',
    ]);
    expect(withheld(enterprise.body)['enterprise.legalRepresentatives.0.citizen.phone']).toMatchObject({
      category: 'population.contact',
    });
  });

  it('explains what an agency would get and why, without releasing data', async () => {
    const bhxh = agencyAuthorization(graph, 'BHXH', 'SOCIAL_INSURANCE_ENROLMENT');
    const explain = `query ($id: String!, $purpose: String, $fields: [String!]) {
      explainCitizenAccess(personalIdNumber: $id, purpose: $purpose, fields: $fields) {
        purpose fields { field category allowed basis agreement legalBasis reason } } }`;
    const own = (await gql(explain, { id: AN, fields: ['fullName', 'phone'] }, bhxh)) as { body: Body };
    expect(own.body.errors).toBeUndefined();
    const [fullName, phone] = (own.body.data!.explainCitizenAccess as { fields: Record<string, unknown>[] }).fields;
    expect(fullName).toMatchObject({
      field: 'Citizen.fullName',
      category: 'population.identity',
      allowed: true,
      basis: 'AGREEMENT',
    });
    expect(fullName.legalBasis).toEqual(expect.any(String));
    expect(phone).toMatchObject({ field: 'Citizen.phone', allowed: false, reason: 'NO_AGREEMENT_OR_CONSENT' });

    const other = (await gql(explain, { id: AN, purpose: 'TAX_ADMINISTRATION', fields: ['fullName'] }, bhxh)) as {
      body: Body;
    };
    expect(other.body.data!.explainCitizenAccess).toMatchObject({
      purpose: 'TAX_ADMINISTRATION',
      fields: [{ allowed: false, reason: 'NO_AGREEMENT_OR_CONSENT' }],
    });
    const unknown = (await gql(explain, { id: AN, fields: ['salary'] }, bhxh)) as { body: Body };
    expect(unknown.body.errors![0].extensions.code).toBe('UNKNOWN_FIELD');
  });

  it('holds an agency to its requests per minute: 429 with Retry-After once used up', async () => {
    const limited = agencyAuthorization(graph, 'HN-TTPVHCC', 'PUBLIC_SERVICE_PROCEDURE', { rpm: 3 });
    for (let i = 0; i < 3; i++) await gql(CITIZEN, { id: AN }, limited).expect(200);
    const refused = await gql(CITIZEN, { id: AN }, limited).expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect((refused.body as Body).errors![0].extensions.code).toBe('RATE_LIMITED');
  });

  it('refuses malformed officer and case headers', async () => {
    const bhxh = agencyAuthorization(graph, 'BHXH', 'SOCIAL_INSURANCE_ENROLMENT');
    const response = await request(graph.gatewayUrl)
      .post('/graphql')
      .set('Authorization', bhxh)
      .set('X-Officer-Id', 'x'.repeat(65))
      .send({ query: CITIZEN, variables: { id: AN } })
      .expect(400);
    expect((response.body as Body).errors![0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('citizens, stewards and operators', () => {
  it('lets a citizen read their whole record, across both registries, and nobody else’s', async () => {
    const an = citizenAuthorization(graph, AN);
    const own = (await gql(
      `query ($id: String!) { citizen(personalIdNumber: $id) { fullName phone bloodGroup history { version } enterpriseRoles { enterpriseCode } } }`,
      { id: AN },
      an,
    )) as { body: Body };
    expect(own.body.errors).toBeUndefined();
    expect(own.body.data!.citizen).toMatchObject({ fullName: 'Nguyễn Văn An', enterpriseRoles: expect.any(Array) });

    const other = (await gql(CITIZEN, { id: BINH }, an)) as { body: Body };
    expect(other.body.data!.citizen).toBeNull();
    expect(other.body.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_YOUR_RECORD' });
    const batch = (await gql(
      'query ($ids: [String!]!) { citizens(personalIdNumbers: $ids) { fullName } }',
      { ids: [AN, BINH] },
      an,
    )) as {
      body: Body;
    };
    expect(batch.body.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_YOUR_RECORD' });
  });

  it('lets a steward read the registry they steward, not the other', async () => {
    const own = (await gql(CITIZEN, { id: AN }, ALICE)) as { body: Body };
    expect(own.body.errors).toBeUndefined();
    const enterprise = (await gql('{ enterprise(enterpriseCode: "0312345673") { name } }', {}, ALICE)) as {
      body: Body;
    };
    expect(enterprise.body.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_REGISTRY' });
    const business = (await gql(
      '{ enterprise(enterpriseCode: "0312345673") { name owners { capitalContribution } } }',
      {},
      CAROL,
    )) as {
      body: Body;
    };
    expect(business.body.errors).toBeUndefined();
  });

  it('gives administrators and auditors no registry data', async () => {
    const admin = `Bearer ${graph.tokens.mint({ kind: 'admin', sub: 'adm-an' })}`;
    const { body } = (await gql(CITIZEN, { id: AN }, admin)) as { body: Body };
    expect(body.data!.citizen).toBeNull();
    expect(body.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CALLER_KIND_NOT_ALLOWED' });
  });
});
