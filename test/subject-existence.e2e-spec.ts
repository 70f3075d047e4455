import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { startTestGraph, type TestGraph } from '../tools/graph/start-graph';
import { agencyAuthorization } from './support/agencies';
import { ALICE, BOB, CAROL, useStewards } from './support/stewards';

type GraphQLError = { message: string; path?: (string | number)[]; extensions: Record<string, unknown> };
type Body = { data?: Record<string, unknown> | null; errors?: GraphQLError[] };
type Row = { outcome: string; subject_kind: string; subject_id: string; fields: string[]; bases: object };

// Registered in the demo data, and valid numbers and codes that nothing uses.
const AN = '001085012345';
const UNREGISTERED = '001085099991';
const ENTERPRISE = '0100003212';
const UNREGISTERED_ENTERPRISE = '0108888888';
// Registered by the test, then merged: the duplicate's number leads to the survivor's.
const SURVIVOR = '079070000020';
const DUPLICATE = '079070000021';

let graph: TestGraph;
let BANK: string; // DEMO-BANK: no agreement at all, and no consent of these subjects
let TAX: string; // BTC-CT: an agreement for population.identity and residence, business.*

beforeAll(async () => {
  graph = await startTestGraph();
  useStewards(graph);
  BANK = agencyAuthorization(graph, 'DEMO-BANK', 'ACCOUNT_OPENING_KYC');
  TAX = agencyAuthorization(graph, 'BTC-CT', 'TAX_ADMINISTRATION');
}, 180_000);

afterAll(async () => {
  await graph?.close();
});

/** Sends `query` as `authorization` under a fresh case reference, to find its access records by. */
async function read(query: string, variables: Record<string, unknown>, authorization: string) {
  const caseReference = `existence-${randomUUID()}`;
  const response = await request(graph.gatewayUrl)
    .post('/graphql')
    .set('Authorization', authorization)
    .set('X-Case-Reference', caseReference)
    .send({ query, variables })
    .expect(200);
  return { body: response.body as Body, caseReference };
}

async function recordsOf(caseReference: string): Promise<Row[]> {
  return graph.database.dataSource.query<Row[]>(
    `SELECT outcome, subject_kind, subject_id, fields, bases FROM access.access_records
      WHERE case_reference = $1 ORDER BY subject_id, outcome`,
    [caseReference],
  );
}

/** An error as the caller sees it, without where it is: what must not differ between subjects. */
const shape = (error: GraphQLError | undefined) => error && { message: error.message, extensions: error.extensions };

const steward = (query: string, variables: Record<string, unknown>, authorization: string) =>
  request(graph.gatewayUrl).post('/graphql').set('Authorization', authorization).send({ query, variables }).expect(200);

const CITIZENS = `query ($ids: [String!]!) { citizens(personalIdNumbers: $ids) { personalIdNumber } }`;
const CITIZEN = `query ($id: String!) { citizen(personalIdNumber: $id) { personalIdNumber } }`;
const ENTERPRISE_KEY = `query ($code: String!) { enterprise(enterpriseCode: $code) { enterpriseCode } }`;

describe('asking whether a subject exists is a read', () => {
  it('tells an agency with no basis nothing about who is registered in a batch, and records each refusal', async () => {
    const { body, caseReference } = await read(CITIZENS, { ids: [AN, UNREGISTERED] }, BANK);
    expect(body.data!.citizens).toEqual([null, null]);
    const [registered, unregistered] = [0, 1].map((index) =>
      body.errors?.find((error) => error.path?.join('.') === `citizens.${index}`),
    );
    expect(shape(registered)).toEqual({
      message: expect.any(String),
      extensions: expect.objectContaining({
        code: 'FORBIDDEN',
        reason: 'NO_AGREEMENT_OR_CONSENT',
        purpose: 'ACCOUNT_OPENING_KYC',
        subjectKind: 'citizen',
      }),
    });
    expect(shape(unregistered)).toEqual(shape(registered));
    const records = await recordsOf(caseReference);
    expect(records.map(({ outcome, subject_id, fields }) => ({ outcome, subject_id, fields }))).toEqual([
      { outcome: 'refused', subject_id: AN, fields: ['Citizen.personalIdNumber'] },
      { outcome: 'refused', subject_id: UNREGISTERED, fields: ['Citizen.personalIdNumber'] },
    ]);
    expect(records[0].bases).toEqual(records[1].bases);
  });

  it('answers a single lookup by an agency with no basis the same for a registered and an unregistered number', async () => {
    const registered = await read(CITIZEN, { id: AN }, BANK);
    const unregistered = await read(CITIZEN, { id: UNREGISTERED }, BANK);
    expect(registered.body.data).toEqual({ citizen: null });
    expect(unregistered.body.data).toEqual({ citizen: null });
    expect(shape(registered.body.errors?.[0])).toMatchObject({ extensions: { reason: 'NO_AGREEMENT_OR_CONSENT' } });
    expect(unregistered.body.errors).toEqual(registered.body.errors);
    expect(await recordsOf(registered.caseReference)).toMatchObject([{ outcome: 'refused', subject_id: AN }]);
    expect(await recordsOf(unregistered.caseReference)).toMatchObject([
      { outcome: 'refused', subject_id: UNREGISTERED },
    ]);
  });

  it('gives an agency with a basis the keys it asked for, null for an unknown number, and records the release', async () => {
    const { body, caseReference } = await read(CITIZENS, { ids: [AN, UNREGISTERED] }, TAX);
    expect(body.errors).toBeUndefined();
    expect(body.data!.citizens).toEqual([{ personalIdNumber: AN }, null]);
    const records = await recordsOf(caseReference);
    expect(records).toMatchObject([
      {
        outcome: 'released',
        subject_id: AN,
        fields: ['Citizen.personalIdNumber'],
        bases: { 'population.identity': { kind: 'agreement', agreementNumber: 'DSA-2026-0002' } },
      },
    ]);
    expect(records).toHaveLength(1);
    const single = await read(CITIZEN, { id: UNREGISTERED }, TAX);
    expect(single.body.errors?.[0].extensions).toMatchObject({ code: 'CITIZEN_NOT_FOUND' });
  });

  it('asks the same of enterprises', async () => {
    const registered = await read(ENTERPRISE_KEY, { code: ENTERPRISE }, BANK);
    const unregistered = await read(ENTERPRISE_KEY, { code: UNREGISTERED_ENTERPRISE }, BANK);
    expect(registered.body.data).toEqual({ enterprise: null });
    expect(unregistered.body.data).toEqual({ enterprise: null });
    expect(registered.body.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NO_AGREEMENT_OR_CONSENT',
      subjectKind: 'enterprise',
    });
    expect(unregistered.body.errors).toEqual(registered.body.errors);
    expect(await recordsOf(registered.caseReference)).toMatchObject([
      { outcome: 'refused', subject_kind: 'enterprise', subject_id: ENTERPRISE, fields: ['Enterprise.enterpriseCode'] },
    ]);
    expect(await recordsOf(unregistered.caseReference)).toMatchObject([
      { outcome: 'refused', subject_id: UNREGISTERED_ENTERPRISE },
    ]);

    const allowed = await read(ENTERPRISE_KEY, { code: ENTERPRISE }, TAX);
    expect(allowed.body).toEqual({ data: { enterprise: { enterpriseCode: ENTERPRISE } } });
    expect(await recordsOf(allowed.caseReference)).toMatchObject([
      { outcome: 'released', subject_id: ENTERPRISE, fields: ['Enterprise.enterpriseCode'] },
    ]);
  });

  it("does not tell, through an enterprise's representatives, whether the person is registered", async () => {
    const registration = {
      enterpriseCode: UNREGISTERED_ENTERPRISE,
      name: 'Công ty TNHH Hai Đại Diện',
      type: 'MULTI_MEMBER_LLC',
      establishmentDate: '2026-01-05',
      headOffice: { provinceCode: '01', address: '3 phố Bà Triệu, phường Hoàn Kiếm, Hà Nội' },
      charterCapital: '1000000000',
      businessLines: [{ vsicVersion: 'VSIC2025', code: '4690', isMain: true }],
      legalRepresentatives: [
        { personalIdNumber: AN, title: 'Giám đốc' },
        { personalIdNumber: UNREGISTERED, title: 'Phó Giám đốc' },
      ],
      owners: [{ name: 'Hai Đại Diện Holdings', capitalContribution: '1000000000' }],
      reason: 'đăng ký lần đầu',
    };
    const registered = await steward(
      `mutation ($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { version } }`,
      { input: registration },
      CAROL,
    );
    expect(registered.body.errors).toBeUndefined();

    // A basis for the enterprise and its representatives, none for the population registry.
    const businessOnly = agencyAuthorization(graph, 'BHXH', 'SOCIAL_INSURANCE_ENROLMENT', {
      scope: 'business.profile business.representatives',
    });
    const { body, caseReference } = await read(
      `query ($code: String!) {
        enterprise(enterpriseCode: $code) { legalRepresentatives { title citizen { personalIdNumber fullName } } }
      }`,
      { code: UNREGISTERED_ENTERPRISE },
      businessOnly,
    );
    const representatives = (body.data!.enterprise as { legalRepresentatives: unknown[] }).legalRepresentatives;
    expect(representatives).toHaveLength(2);
    const about = (index: number) =>
      (body.errors ?? [])
        .filter((error) => error.path?.slice(0, 3).join('.') === `enterprise.legalRepresentatives.${index}`)
        .map((error) => ({ ...shape(error), path: error.path!.slice(3) }));
    expect(about(0)).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN', subjectKind: 'citizen' }) }),
    ]);
    expect(about(1)).toEqual(about(0));
    // Each keeps the key the business registry holds, and nothing from the population registry.
    expect(representatives).toEqual([
      { title: 'Giám đốc', citizen: { personalIdNumber: AN, fullName: null } },
      { title: 'Phó Giám đốc', citizen: { personalIdNumber: UNREGISTERED, fullName: null } },
    ]);
    const refused = (await recordsOf(caseReference)).filter((row) => row.subject_kind === 'citizen');
    expect(refused.map((row) => [row.outcome, row.subject_id])).toEqual([
      ['refused', AN],
      ['refused', UNREGISTERED],
    ]);
  });

  it("does not lead an agency with no basis from a merged duplicate's number to the survivor's", async () => {
    const person = (personalIdNumber: string) => ({
      personalIdNumber,
      familyName: 'Đỗ',
      middleName: 'Văn',
      givenName: 'Hùng',
      sex: 'MALE',
      birthDate: { year: 1970, month: 3, day: 9 },
      reason: 'đăng ký',
    });
    const register = `mutation ($input: RegisterCitizenInput!) { registerCitizen(input: $input) { version } }`;
    await steward(register, { input: person(SURVIVOR) }, ALICE);
    await steward(register, { input: person(DUPLICATE) }, ALICE);
    const merge = await steward(
      `mutation ($input: RequestMergeInput!) { requestMerge(input: $input) { id } }`,
      {
        input: {
          survivorPersonalIdNumber: SURVIVOR,
          duplicatePersonalIdNumber: DUPLICATE,
          expectedVersion: 1,
          reason: 'trùng hồ sơ',
        },
      },
      ALICE,
    );
    const approved = await steward(
      `mutation ($id: ID!) { approveChangeRequest(input: { id: $id }) { status } }`,
      { id: (merge.body as { data: { requestMerge: { id: string } } }).data.requestMerge.id },
      BOB,
    );
    expect(approved.body.data).toEqual({ approveChangeRequest: { status: 'approved' } });

    const merged = await read(CITIZENS, { ids: [DUPLICATE, UNREGISTERED] }, BANK);
    expect(merged.body.data).toEqual({ citizens: [null, null] });
    expect(JSON.stringify(merged.body)).not.toContain(SURVIVOR);
    const [duplicate, unregistered] = [0, 1].map((index) =>
      shape(merged.body.errors?.find((error) => error.path?.join('.') === `citizens.${index}`)),
    );
    expect(duplicate).toMatchObject({ extensions: { code: 'FORBIDDEN', reason: 'NO_AGREEMENT_OR_CONSENT' } });
    expect(unregistered).toEqual(duplicate);
    expect(await recordsOf(merged.caseReference)).toMatchObject([
      { outcome: 'refused', subject_id: UNREGISTERED },
      { outcome: 'refused', subject_id: DUPLICATE },
    ]);
    const single = await read(CITIZEN, { id: DUPLICATE }, BANK);
    expect(single.body.data).toEqual({ citizen: null });
    expect(JSON.stringify(single.body)).not.toContain(SURVIVOR);

    const withBasis = await read(CITIZENS, { ids: [DUPLICATE] }, TAX);
    expect(withBasis.body).toEqual({ data: { citizens: [{ personalIdNumber: SURVIVOR }] } });
    expect(await recordsOf(withBasis.caseReference)).toContainEqual(
      expect.objectContaining({ outcome: 'released', subject_id: SURVIVOR, fields: ['Citizen.personalIdNumber'] }),
    );
  });
});
