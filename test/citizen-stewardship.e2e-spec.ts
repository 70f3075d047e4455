import request from 'supertest';
import { startTestGraph, type TestGraph } from '../tools/graph/start-graph';
import { errorOf, graphqlClient } from './support/graphql';
import { ALICE, BOB, CAROL, useStewards } from './support/stewards';

const REGISTER = `mutation($input: RegisterCitizenInput!) {
  registerCitizen(input: $input) { personalIdNumber fullName version birthDate { year month day } ethnicity { code name } }
}`;
const CORRECT = `mutation($input: CorrectCitizenInput!) {
  correctCitizen(input: $input) { version phone permanentResidence { provinceCode address } }
}`;
const READ = `query($id: String!, $asOf: DateTime) {
  citizen(personalIdNumber: $id, asOf: $asOf) { fullName version phone history { version changeKind reason changedBy } }
}`;

const person = (personalIdNumber: string, overrides: Record<string, unknown> = {}) => ({
  personalIdNumber,
  familyName: 'Hoàng',
  middleName: 'Thị',
  givenName: 'Lan',
  sex: 'FEMALE',
  birthDate: { year: 1991, month: 2, day: 28 },
  ethnicityCode: '01',
  reason: 'Đăng ký khai sinh số 123/2026',
  ...overrides,
});

describe('stewards curate the population registry through the gateway', () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await startTestGraph({ env: { MAX_BATCH_LOOKUP: '50' } });
    useStewards(graph);
  });

  afterAll(async () => {
    await graph?.close();
  });

  // Reads are a steward's of the registry under test.
  const gql = graphqlClient(
    () => graph.gatewayUrl,
    () => BOB,
  );

  it('lets only a steward of the population registry register', async () => {
    const input = person('001191000001');
    expect(errorOf((await gql(REGISTER, { input }, null)).body)).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(errorOf((await gql(REGISTER, { input }, 'Bearer not.a.token')).body)).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect(errorOf((await gql(REGISTER, { input }, CAROL)).body)).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf((await gql(READ, { id: '001191000001' })).body)).toMatchObject({ code: 'CITIZEN_NOT_FOUND' });

    const registered = await gql(REGISTER, { input }, ALICE);
    expect(registered.body).toEqual({
      data: {
        registerCitizen: {
          personalIdNumber: '001191000001',
          fullName: 'Hoàng Thị Lan',
          version: 1,
          birthDate: { year: 1991, month: 2, day: 28 },
          ethnicity: { code: '01', name: 'Kinh' },
        },
      },
    });
    expect(errorOf((await gql(REGISTER, { input }, BOB)).body)).toMatchObject({ code: 'CITIZEN_ALREADY_REGISTERED' });
  });

  it('stores names in NFC whatever form they arrive in', async () => {
    const decomposed = 'Nguyễn'.normalize('NFD');
    const response = await gql(REGISTER, { input: person('001191000002', { familyName: decomposed }) }, ALICE);
    expect(response.body.data.registerCitizen.fullName).toBe('Nguyễn Thị Lan'.normalize('NFC'));
  });

  it.each([
    ['a day the month does not have', { birthDate: { year: 2001, month: 2, day: 29 } }, 'INVALID_DATE', 'birthDate'],
    ['a birth in the future', { birthDate: { year: 2090 } }, 'INVALID_DATE', 'birthDate'],
    ['a day without a month', { birthDate: { year: 1990, day: 5 } }, 'INVALID_DATE', 'birthDate'],
    ['a NUL byte', { familyName: 'Ho\u0000àng' }, 'INVALID_TEXT', 'familyName'],
    ['an unpaired surrogate', { givenName: 'L\ud800an' }, 'INVALID_TEXT', 'givenName'],
    ['an over-long name', { givenName: 'a'.repeat(101) }, 'BAD_USER_INPUT', 'givenName'],
    ['an empty name', { familyName: '   ' }, 'BAD_USER_INPUT', 'familyName'],
    ['an ethnic group outside the 54', { ethnicityCode: '55' }, 'BAD_USER_INPUT', 'ethnicityCode'],
    [
      'a province outside the reference tables',
      { permanentResidence: { provinceCode: '003', address: 'x' } },
      'BAD_USER_INPUT',
      'permanentResidence.provinceCode',
    ],
    ['a malformed e-mail', { email: 'not-an-address' }, 'BAD_USER_INPUT', 'email'],
    ['a malformed personal ID', { personalIdNumber: '003191000009' }, 'INVALID_PERSONAL_ID', 'personalIdNumber'],
  ])('refuses %s with a stable code naming the field, and writes nothing', async (_case, overrides, code, field) => {
    const response = await gql(REGISTER, { input: person('001191000009', overrides) }, ALICE);
    expect(response.status).toBe(200);
    expect(errorOf(response.body)).toEqual({ code, field });
    expect(errorOf((await gql(READ, { id: '001191000009' })).body)).toMatchObject({ code: 'CITIZEN_NOT_FOUND' });
  });

  it('refuses an oversized request body before it reaches GraphQL', async () => {
    const response = await request(graph.gatewayUrl)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ query: `{ __typename }`, padding: 'x'.repeat(2 * 1024 * 1024) }));
    expect(response.status).toBe(413);
    expect(response.text).not.toMatch(/at .*\.js|stack/);
  });

  it('keeps every version: corrections name their base version and a reason', async () => {
    await gql(REGISTER, { input: person('001191000003') }, ALICE);
    const beforeCorrection = new Date();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const corrected = await gql(
      CORRECT,
      {
        input: {
          personalIdNumber: '001191000003',
          expectedVersion: 1,
          reason: 'Công dân báo đổi số điện thoại',
          changes: {
            phone: '+84912345678',
            permanentResidence: { provinceCode: '01', address: 'Số 1 phố Tràng Tiền, Hà Nội' },
          },
        },
      },
      BOB,
    );
    expect(corrected.body.data.correctCitizen).toEqual({
      version: 2,
      phone: '+84912345678',
      permanentResidence: { provinceCode: '01', address: 'Số 1 phố Tràng Tiền, Hà Nội' },
    });
    const now = (await gql(READ, { id: '001191000003' })).body.data.citizen;
    expect(now.history).toEqual([
      { version: 2, changeKind: 'correct', reason: 'Công dân báo đổi số điện thoại', changedBy: 'st-bob' },
      { version: 1, changeKind: 'register', reason: 'Đăng ký khai sinh số 123/2026', changedBy: 'st-alice' },
    ]);
    const then = (await gql(READ, { id: '001191000003', asOf: beforeCorrection.toISOString() })).body.data.citizen;
    expect(then).toMatchObject({ version: 1, phone: null });
    const beforeRegistration = await gql(READ, { id: '001191000003', asOf: '2020-01-01T00:00:00Z' });
    expect(errorOf(beforeRegistration.body)).toMatchObject({ code: 'CITIZEN_NOT_FOUND' });
  });

  it('refuses an edit based on an old version, saying which version is current', async () => {
    await gql(REGISTER, { input: person('001191000004') }, ALICE);
    const change = (phone: string) => ({
      personalIdNumber: '001191000004',
      expectedVersion: 1,
      reason: 'sửa',
      changes: { phone },
    });
    expect((await gql(CORRECT, { input: change('0900000001') }, ALICE)).body.data.correctCitizen.version).toBe(2);
    const stale = await gql(CORRECT, { input: change('0900000002') }, BOB);
    expect(errorOf(stale.body)).toEqual({ code: 'STALE_VERSION', expectedVersion: 1, currentVersion: 2 });
    const noChange = await gql(CORRECT, { input: { ...change('0900000001'), expectedVersion: 2 } }, BOB);
    expect(errorOf(noChange.body)).toMatchObject({ code: 'NO_CHANGE' });
  });

  it('lets exactly one of several concurrent edits of the same version through, and loses none silently', async () => {
    await gql(REGISTER, { input: person('001191000005') }, ALICE);
    const phones = ['0911000001', '0911000002', '0911000003', '0911000004', '0911000005'];
    const responses = await Promise.all(
      phones.map((phone, i) =>
        gql(
          CORRECT,
          { input: { personalIdNumber: '001191000005', expectedVersion: 1, reason: `race ${i}`, changes: { phone } } },
          i % 2 ? ALICE : BOB,
        ),
      ),
    );
    const winners = responses.filter((response) => response.body.data?.correctCitizen);
    const stale = responses.filter((response) => errorOf(response.body)?.code === 'STALE_VERSION');
    expect(winners).toHaveLength(1);
    expect(stale).toHaveLength(phones.length - 1);
    const citizen = (await gql(READ, { id: '001191000005' })).body.data.citizen;
    expect(citizen.version).toBe(2);
    expect(citizen.phone).toBe(winners[0].body.data.correctCitizen.phone);
    expect(citizen.history).toHaveLength(2);
  });

  it('looks up many citizens in one call, in the order asked, null for numbers it does not hold', async () => {
    const query = 'query($ids: [String!]!) { citizens(personalIdNumbers: $ids) { personalIdNumber fullName } }';
    const ids = ['092195001122', '001085099999', '001085012345', '092195001122'];
    const response = await gql(query, { ids });
    expect(response.body).toEqual({
      data: {
        citizens: [
          { personalIdNumber: '092195001122', fullName: 'Võ Thị Hoa' },
          null,
          { personalIdNumber: '001085012345', fullName: 'Nguyễn Văn An' },
          { personalIdNumber: '092195001122', fullName: 'Võ Thị Hoa' },
        ],
      },
    });
    const tooMany = await gql(query, { ids: Array.from({ length: 51 }, () => '001085012345') });
    expect(errorOf(tooMany.body)).toEqual({ code: 'BATCH_TOO_LARGE', field: 'personalIdNumbers' });
    const malformed = await gql(query, { ids: ['001085012345', '12'] });
    expect(errorOf(malformed.body)).toEqual({ code: 'INVALID_PERSONAL_ID', field: 'personalIdNumbers' });
  });

  it('finds citizens by name with or without diacritics, page by page', async () => {
    for (const [i, given] of ['Anh', 'Ánh', 'Ảnh'].entries()) {
      await gql(
        REGISTER,
        { input: person(`001191000${100 + i}`, { familyName: 'Đặng', middleName: 'Thuỳ', givenName: given }) },
        ALICE,
      );
    }
    const query = `query($name: String!, $after: String, $sex: Sex) {
      searchCitizens(name: $name, first: 2, after: $after, sex: $sex) { nodes { personalIdNumber fullName } pageInfo { endCursor hasNextPage } }
    }`;
    const first = (await gql(query, { name: 'dang thuy' })).body.data.searchCitizens;
    expect(first.nodes).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await gql(query, { name: 'dang thuy', after: first.pageInfo.endCursor })).body.data.searchCitizens;
    expect(second).toMatchObject({ pageInfo: { hasNextPage: false } });
    const names = [...first.nodes, ...second.nodes].map((node: { fullName: string }) => node.fullName).sort();
    expect(names).toEqual(['Đặng Thuỳ Anh', 'Đặng Thuỳ Ánh', 'Đặng Thuỳ Ảnh'].sort());
    const accented = (await gql(query, { name: 'ĐẶNG THUỲ ẢNH' })).body.data.searchCitizens;
    // The key has no diacritics, so "ảnh" matches all three: a full first page and more.
    expect(accented).toMatchObject({ pageInfo: { hasNextPage: true } });
    expect(accented.nodes).toHaveLength(2);
    const diacriticFree = (await gql(query, { name: 'nguyen van an' })).body.data.searchCitizens;
    expect(diacriticFree.nodes).toEqual([{ personalIdNumber: '001085012345', fullName: 'Nguyễn Văn An' }]);
    expect((await gql(query, { name: 'dang thuy', sex: 'MALE' })).body.data.searchCitizens.nodes).toEqual([]);
    const wildcard = (await gql(query, { name: '%' })).body.data.searchCitizens;
    expect(wildcard.nodes).toEqual([]); // LIKE wildcards in the name are matched literally
    expect(errorOf((await gql(query, { name: 'x', after: 'bm9wZQ' })).body)).toMatchObject({
      code: 'INVALID_CURSOR',
      field: 'after',
    });
  });

  it('keeps the family, residences, household and ID card, with relatives in the registry resolved', async () => {
    const input = person('001125000201', {
      givenName: 'Bảo',
      sex: 'MALE',
      birthDate: { year: 2025, month: 1, day: 2 },
      otherNames: ['Bin'],
      placeOfOrigin: 'Xã Đông Sơn, tỉnh Thanh Hóa',
      birthRegistrationPlace: 'UBND phường Hoàn Kiếm, Hà Nội',
      bloodGroup: 'AB-',
      oldIdNumber: '012345678',
      identityCard: { issueDate: '2025-06-01', issuePlace: 'Bộ Công an', expiryDate: '2039-01-02' },
      currentResidence: { provinceCode: '01', address: 'Số 12 phố Hàng Bạc, Hà Nội' },
      household: { number: 'HN-000123', relationshipToHead: 'Con' },
      familyLinks: [
        { relation: 'FATHER', personalIdNumber: '001085012345' },
        { relation: 'MOTHER', name: 'Yamada Hanako', nationality: 'JP' },
      ],
    });
    await gql(REGISTER, { input }, ALICE);
    const response = await gql(
      `{ citizen(personalIdNumber: "001125000201") { otherNames placeOfOrigin birthRegistrationPlace bloodGroup oldIdNumber identityCard { issueDate expiryDate } currentResidence { provinceCode }
           household { number relationshipToHead } familyLinks { relation name nationality citizen { fullName } } } }`,
      {},
    );
    expect(response.body.data.citizen).toEqual({
      otherNames: ['Bin'],
      placeOfOrigin: 'Xã Đông Sơn, tỉnh Thanh Hóa',
      birthRegistrationPlace: 'UBND phường Hoàn Kiếm, Hà Nội',
      bloodGroup: 'AB-',
      oldIdNumber: '012345678',
      identityCard: { issueDate: '2025-06-01', expiryDate: '2039-01-02' },
      currentResidence: { provinceCode: '01' },
      household: { number: 'HN-000123', relationshipToHead: 'Con' },
      familyLinks: [
        { relation: 'FATHER', name: null, nationality: null, citizen: { fullName: 'Nguyễn Văn An' } },
        { relation: 'MOTHER', name: 'Yamada Hanako', nationality: 'JP', citizen: null },
      ],
    });
  });

  it.each([
    ['a blood group that does not exist', { bloodGroup: 'C+' }, 'BAD_USER_INPUT', 'bloodGroup'],
    ['an old ID number of the wrong length', { oldIdNumber: '1234567' }, 'BAD_USER_INPUT', 'oldIdNumber'],
    [
      'two fathers',
      {
        familyLinks: [
          { relation: 'FATHER', name: 'A' },
          { relation: 'FATHER', name: 'B' },
        ],
      },
      'BAD_USER_INPUT',
      'familyLinks',
    ],
    [
      'a relative by both number and name',
      { familyLinks: [{ relation: 'SPOUSE', name: 'A', personalIdNumber: '001085012345' }] },
      'BAD_USER_INPUT',
      'familyLinks.0',
    ],
    [
      'an ID card expiring before issue',
      { identityCard: { issueDate: '2024-01-01', issuePlace: 'x', expiryDate: '2023-01-01' } },
      'INVALID_DATE',
      'identityCard.expiryDate',
    ],
    [
      'an ID card issued in the future',
      { identityCard: { issueDate: '2099-01-01', issuePlace: 'x' } },
      'INVALID_DATE',
      'identityCard.issueDate',
    ],
  ])('refuses %s', async (_case, overrides, code, field) => {
    const response = await gql(REGISTER, { input: person('001191000019', overrides) }, ALICE);
    expect(errorOf(response.body)).toEqual({ code, field });
  });

  it('opens a data-quality finding when the ID number does not match the record, for a steward to resolve', async () => {
    // 001190… encodes a woman born in 1990; the record says 1991.
    await gql(REGISTER, { input: person('001190000077', { birthDate: { year: 1991, month: 1, day: 1 } }) }, ALICE);
    const list = `query($id: String) { dataQualityFindings(personalIdNumber: $id) { id kind message status openedBy } }`;
    expect(errorOf((await gql(list, { id: '001190000077' }, null)).body)).toMatchObject({ code: 'UNAUTHENTICATED' });
    const findings = (await gql(list, { id: '001190000077' }, BOB)).body.data.dataQualityFindings;
    expect(findings).toEqual([
      {
        id: expect.any(String),
        kind: 'BIRTH_YEAR_MISMATCH',
        message: 'the number encodes birth year 1990, the record says 1991',
        status: 'open',
        openedBy: 'system',
      },
    ]);
    const resolve = `mutation($id: ID!) { resolveDataQualityFinding(input: { id: $id, resolution: "Số định danh cấp lại sau cải chính" }) { status resolvedBy } }`;
    expect((await gql(resolve, { id: findings[0].id }, BOB)).body.data.resolveDataQualityFinding).toEqual({
      status: 'resolved',
      resolvedBy: 'st-bob',
    });
    expect(errorOf((await gql(resolve, { id: findings[0].id }, BOB)).body)).toMatchObject({ code: 'FINDING_RESOLVED' });
    const opened = await gql(
      'mutation { openDataQualityFinding(input: { personalIdNumber: "001190000077", kind: "ADDRESS_UNVERIFIED", message: "địa chỉ chưa xác minh" }) { kind openedBy status } }',
      {},
      ALICE,
    );
    expect(opened.body.data.openDataQualityFinding).toEqual({
      kind: 'ADDRESS_UNVERIFIED',
      openedBy: 'st-alice',
      status: 'open',
    });
  });

  it('gives the demo records a first version too', async () => {
    const demo = (await gql(READ, { id: '001085012345' })).body.data.citizen;
    expect(demo.history).toEqual([{ version: 1, changeKind: 'register', reason: 'demo data', changedBy: 'demo-data' }]);
  });
});
