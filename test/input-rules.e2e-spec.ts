import fc from 'fast-check';
import request from 'supertest';
import { startTestGraph, type TestGraph } from '../tools/graph/start-graph';
import { agencyAuthorization, citizenAuthorization } from './support/agencies';
import { ALICE, CAROL, useStewards } from './support/stewards';

/**
 * What a caller may send is checked before it reaches the database: cursors are opaque and
 * validated by one codec, every string argument passes the text rules, names and addresses
 * hold no invisible characters, and an impossible date-time is refused. Whatever is sent,
 * the answer is a coded error, never INTERNAL_SERVER_ERROR, never HTTP 500.
 */

type Body = {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions: Record<string, unknown> }[];
};

/** Lê Minh Châu: read by the police in a criminal investigation (sealed). */
const CHAU = '048088007654';
/** Nguyễn Văn An: legal representative of Sông Hồng. */
const AN = '001085012345';
const SONG_HONG = '0100003212';

let graph: TestGraph;
let AUDITOR: string;
let BANK: string;
const window = { from: '2020-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z' };

async function gql(
  query: string,
  variables: Record<string, unknown>,
  authorization: string | null,
): Promise<{ status: number; body: Body }> {
  const call = request(graph.gatewayUrl).post('/graphql');
  if (authorization) call.set('Authorization', authorization);
  const response = await call.send({ query, variables });
  return { status: response.status, body: response.body as Body };
}

const errorOf = (body: Body) => body.errors?.[0]?.extensions;
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

const MY_LOG = `query ($from: DateTime!, $to: DateTime!, $first: Int, $after: String) {
  myAccessLog(from: $from, to: $to, first: $first, after: $after) {
    nodes { time sealed } pageInfo { endCursor hasNextPage } } }`;

beforeAll(async () => {
  graph = await startTestGraph({ env: { ACCESS_LOG_CHECKPOINT_SECONDS: '86400' } });
  useStewards(graph);
  AUDITOR = `Bearer ${graph.tokens.mint({ kind: 'auditor', sub: 'aud-chi' })}`;
  BANK = agencyAuthorization(graph, 'DEMO-BANK', 'ACCOUNT_OPENING_KYC');
  // A covert read of Châu (sealed in her tracker), then one of her own, after it.
  const police = await gql(
    `query ($id: String!) { citizen(personalIdNumber: $id) { fullName } }`,
    { id: CHAU },
    agencyAuthorization(graph, 'BCA-C06', 'CRIMINAL_INVESTIGATION'),
  );
  expect(police.body.errors).toBeUndefined();
  const own = await gql(
    `query ($id: String!) { citizen(personalIdNumber: $id) { fullName } }`,
    { id: CHAU },
    citizenAuthorization(graph, CHAU),
  );
  expect(own.body.errors).toBeUndefined();
}, 180_000);

afterAll(async () => {
  await graph?.close();
});

describe('cursors are opaque (issue 10, item 8)', () => {
  it('a tracker cursor ending on a sealed entry carries nothing the entry hides, and still pages', async () => {
    const auditorView = await gql(
      `query ($from: DateTime!, $to: DateTime!, $subject: LogSubjectInput) {
        accessRecords(from: $from, to: $to, subject: $subject, agencyCode: "BCA-C06") { nodes { seq time } } }`,
      { ...window, subject: { kind: 'CITIZEN', id: CHAU } },
      AUDITOR,
    );
    const [covert] = (auditorView.body.data!.accessRecords as { nodes: { seq: string; time: string }[] }).nodes;
    expect(covert).toBeDefined();

    const citizen = citizenAuthorization(graph, CHAU);
    const first = await gql(MY_LOG, { ...window, first: 1 }, citizen);
    const second = await gql(
      MY_LOG,
      {
        ...window,
        first: 1,
        after: (first.body.data!.myAccessLog as { pageInfo: { endCursor: string } }).pageInfo.endCursor,
      },
      citizen,
    );
    const page = second.body.data!.myAccessLog as { nodes: { sealed: boolean }[]; pageInfo: { endCursor: string } };
    expect(page.nodes).toEqual([expect.objectContaining({ sealed: true })]);

    const decoded = Buffer.from(page.pageInfo.endCursor, 'base64url').toString('latin1');
    // Neither its time nor its seq in any readable form: not the old `<time>|<seq>` cursor, not
    // JSON, no time at all. (Sealed bytes may hold `|0` by chance: look for the whole forms.)
    expect(decoded).not.toContain(covert.time.slice(0, 19));
    expect(decoded).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    expect(() => JSON.parse(decoded) as unknown).toThrow();
    // A cursor is bound to the listing that made it: the tracker's cursor is no agencies cursor.
    const reused = await gql(
      `query ($after: String) { agencies(after: $after) { totalCount } }`,
      {
        after: page.pageInfo.endCursor,
      },
      null,
    );
    expect(errorOf(reused.body)).toMatchObject({ code: 'INVALID_CURSOR', field: 'after' });
  });
});

describe('hand-made cursors and arguments get a coded error (item 13)', () => {
  const TRACKER_POSITIONS = [
    '0000-00-00T00:00:00.000000Z|1',
    '2026-02-30T00:00:00.000000Z|1',
    '2026-01-01T00:00:00.000000Z|9999999999999999999',
  ];

  it.each(TRACKER_POSITIONS)('refuses a tracker cursor that encodes %s', async (position) => {
    const response = await gql(MY_LOG, { ...window, after: b64(position) }, citizenAuthorization(graph, CHAU));
    expect(response.status).not.toBe(500);
    expect(errorOf(response.body)).toMatchObject({ code: 'INVALID_CURSOR', field: 'after' });
  });

  it('refuses a NUL byte in a cursor of the public agencies query', async () => {
    const response = await gql(
      `query ($after: String) { agencies(after: $after) { totalCount } }`,
      {
        after: b64('\u0000'),
      },
      null,
    );
    expect(errorOf(response.body)).toMatchObject({ code: 'INVALID_CURSOR', field: 'after' });
  });

  it("refuses a NUL byte in searchCitizens' cursor", async () => {
    const response = await gql(
      `query ($after: String) { searchCitizens(name: "nguyen", after: $after) { nodes { fullName } } }`,
      { after: b64(JSON.stringify(['\u0000', '001085012345'])) },
      ALICE,
    );
    expect(errorOf(response.body)).toMatchObject({ code: 'INVALID_CURSOR', field: 'after' });
  });

  it('refuses a NUL byte in accessRecords(purpose:), naming the argument', async () => {
    const response = await gql(
      `query ($from: DateTime!, $to: DateTime!, $purpose: String) {
        accessRecords(from: $from, to: $to, purpose: $purpose) { nodes { seq } } }`,
      { ...window, purpose: 'TAX\u0000' },
      AUDITOR,
    );
    expect(errorOf(response.body)).toMatchObject({ code: 'INVALID_TEXT', field: 'purpose' });
  });
});

const REGISTER_CITIZEN = `mutation($input: RegisterCitizenInput!) { registerCitizen(input: $input) { personalIdNumber fullName } }`;
const REGISTER_ENTERPRISE = `mutation($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { enterpriseCode name } }`;

const person = (personalIdNumber: string, overrides: Record<string, unknown> = {}) => ({
  personalIdNumber,
  familyName: 'Hoàng',
  middleName: 'Thị',
  givenName: 'Lan',
  sex: 'FEMALE',
  birthDate: { year: 1991, month: 2, day: 28 },
  permanentResidence: { provinceCode: '01', address: '3 phố Bà Triệu, Hà Nội' },
  reason: 'Đăng ký khai sinh số 123/2026',
  ...overrides,
});

const enterprise = (overrides: Record<string, unknown> = {}) => ({
  enterpriseCode: '0108888888',
  name: 'Công ty TNHH Thương mại Bình Minh',
  type: 'MULTI_MEMBER_LLC',
  establishmentDate: '2026-01-05',
  headOffice: { provinceCode: '01', address: '3 phố Bà Triệu, phường Hoàn Kiếm, Hà Nội' },
  charterCapital: '1000000000',
  businessLines: [{ vsicVersion: 'VSIC2025', code: '4690', isMain: true }],
  legalRepresentatives: [{ personalIdNumber: AN, title: 'Giám đốc' }],
  owners: [{ personalIdNumber: AN, capitalContribution: '1000000000' }],
  reason: 'Giấy chứng nhận đăng ký doanh nghiệp lần đầu',
  ...overrides,
});

describe('names and addresses hold no invisible characters (item 14)', () => {
  const INVISIBLE = ['\u202E', '\u200B', '\u200D', '\uFEFF', '\u2066'];

  it.each(INVISIBLE.map((char) => [`U+${char.codePointAt(0)!.toString(16).toUpperCase()}`, char]))(
    'refuses %s in a citizen’s name and address, naming the field',
    async (_name, char) => {
      const inName = await gql(REGISTER_CITIZEN, { input: person('001191000011', { givenName: `La${char}n` }) }, ALICE);
      expect(errorOf(inName.body)).toEqual({ code: 'INVALID_CHARACTERS', field: 'givenName' });
      const inAddress = await gql(
        REGISTER_CITIZEN,
        { input: person('001191000011', { permanentResidence: { provinceCode: '01', address: `3 phố${char} Huế` } }) },
        ALICE,
      );
      expect(errorOf(inAddress.body)).toEqual({ code: 'INVALID_CHARACTERS', field: 'permanentResidence.address' });
    },
  );

  it('refuses them in an enterprise’s name and head office address', async () => {
    const inName = await gql(REGISTER_ENTERPRISE, { input: enterprise({ name: 'Công ty \u202Eabc' }) }, CAROL);
    expect(errorOf(inName.body)).toEqual({ code: 'INVALID_CHARACTERS', field: 'name' });
    const inAddress = await gql(
      REGISTER_ENTERPRISE,
      { input: enterprise({ headOffice: { provinceCode: '01', address: 'phố\u200BHuế' } }) },
      CAROL,
    );
    expect(errorOf(inAddress.body)).toEqual({ code: 'INVALID_CHARACTERS', field: 'headOffice.address' });
  });

  it('stores a decomposed (NFD) Vietnamese name in NFC, and finds it by search', async () => {
    const nfd = (text: string) => text.normalize('NFD');
    const registered = await gql(
      REGISTER_CITIZEN,
      {
        input: person('001191000012', {
          familyName: nfd('Trịnh'),
          middleName: nfd('Thị'),
          givenName: nfd('Huyền'),
          permanentResidence: { provinceCode: '01', address: nfd('Ngõ Huyện, Hoàn Kiếm') },
        }),
      },
      ALICE,
    );
    expect(registered.body.errors).toBeUndefined();
    expect(registered.body.data!.registerCitizen).toEqual({
      personalIdNumber: '001191000012',
      fullName: 'Trịnh Thị Huyền'.normalize('NFC'),
    });
    for (const name of [nfd('Trịnh Thị Huyền'), 'Trịnh Thị Huyền', 'trinh thi huyen']) {
      const found = await gql(
        `query ($name: String!) { searchCitizens(name: $name) { nodes { personalIdNumber } } }`,
        { name },
        ALICE,
      );
      expect(found.body.data!.searchCitizens).toEqual({ nodes: [{ personalIdNumber: '001191000012' }] });
    }
  });
});

describe('an impossible DateTime is refused (item 15)', () => {
  const CITIZEN_AS_OF = `query ($asOf: DateTime) { citizen(personalIdNumber: "${AN}", asOf: $asOf) { fullName } }`;

  it.each(['2026-02-30T00:00:00Z', '2025-02-29T00:00:00Z', '2026-13-01T00:00:00Z', '2026-01-01T24:00:00Z', 'soon'])(
    'refuses asOf %s with INVALID_DATE, as a variable and inline',
    async (asOf) => {
      const asVariable = await gql(CITIZEN_AS_OF, { asOf }, ALICE);
      expect(asVariable.status).not.toBe(500);
      expect(errorOf(asVariable.body)).toMatchObject({ code: 'INVALID_DATE' });
      const inline = await gql(
        `{ citizen(personalIdNumber: "${AN}", asOf: ${JSON.stringify(asOf)}) { fullName } }`,
        {},
        ALICE,
      );
      expect(errorOf(inline.body)).toMatchObject({ code: 'INVALID_DATE' });
    },
  );

  it('refuses an impossible from or to of the tracker', async () => {
    const citizen = citizenAuthorization(graph, CHAU);
    const from = await gql(MY_LOG, { ...window, from: '2026-02-30T00:00:00Z' }, citizen);
    expect(errorOf(from.body)).toMatchObject({ code: 'INVALID_DATE' });
    const to = await gql(MY_LOG, { ...window, to: '2026-04-31T12:00:00+07:00' }, citizen);
    expect(errorOf(to.body)).toMatchObject({ code: 'INVALID_DATE' });
  });

  it('still reads a real date-time, with or without an offset and fractions', async () => {
    for (const asOf of ['2096-02-29T12:00:00Z', '2099-12-31T07:00:00.123-07:00']) {
      const response = await gql(CITIZEN_AS_OF, { asOf }, ALICE);
      expect(response.body.errors).toBeUndefined();
    }
  });
});

/**
 * Every paginated query, with the caller it needs and the arguments a caller chooses. The
 * property throws random cursors, strings and numbers at each.
 */
describe('random input at every paginated query (property, item 13)', () => {
  const junkString = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.constantFrom('', '\u0000', 'AA', '0000-00-00', '2026-02-30', '9'.repeat(30), "'; DROP TABLE x; --", '\u202E'),
  );
  const junkCursor = fc.oneof(
    junkString,
    junkString.map(b64),
    fc
      .tuple(fc.string({ maxLength: 30 }), fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }))
      .map(([at, seq]) => b64(`${at}|${seq}`)),
    fc.uint8Array({ maxLength: 120 }).map((bytes) => Buffer.from(bytes).toString('base64url')),
    fc
      .array(fc.oneof(fc.string(), fc.integer(), fc.double()), { maxLength: 4 })
      .map((parts) => b64(JSON.stringify(parts))),
  );
  const junkNumber = fc.oneof(fc.integer(), fc.constantFrom(0, -1, 101, 2 ** 31 - 1, -(2 ** 31)), fc.double());
  const junkDate = fc.oneof(
    junkString,
    fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
    fc.constantFrom('2026-02-30T00:00:00Z', '0000-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '+275760-09-13T00:00:00Z'),
  );
  const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

  interface PagedQuery {
    name: string;
    query: string;
    caller: () => string | null;
    variables: fc.Arbitrary<Record<string, unknown>>;
  }

  const pageArgs = { first: maybe(junkNumber), after: maybe(junkCursor) };
  const windowArgs = { from: junkDate, to: junkDate };
  const QUERIES: PagedQuery[] = [
    {
      name: 'agencies',
      query: `query ($first: Int, $after: String) { agencies(first: $first, after: $after) { nodes { code } pageInfo { endCursor } } }`,
      caller: () => null,
      variables: fc.record(pageArgs),
    },
    {
      name: 'agreements',
      query: `query ($first: Int, $after: String, $agencyCode: String) {
        agreements(first: $first, after: $after, agencyCode: $agencyCode) { nodes { id } pageInfo { endCursor } } }`,
      caller: () => AUDITOR,
      variables: fc.record({ ...pageArgs, agencyCode: maybe(junkString) }),
    },
    {
      name: 'agencyConsents',
      query: `query ($first: Int, $after: String) { agencyConsents(first: $first, after: $after) { nodes { id } pageInfo { endCursor } } }`,
      caller: () => BANK,
      variables: fc.record(pageArgs),
    },
    {
      name: 'agencyConsentRequests',
      query: `query ($first: Int, $after: String) {
        agencyConsentRequests(first: $first, after: $after) { nodes { id } pageInfo { endCursor } } }`,
      caller: () => BANK,
      variables: fc.record(pageArgs),
    },
    {
      name: 'accessRecords',
      query: `query ($first: Int, $after: String, $from: DateTime!, $to: DateTime!, $purpose: String, $agencyCode: String, $id: String!) {
        accessRecords(first: $first, after: $after, from: $from, to: $to, purpose: $purpose, agencyCode: $agencyCode,
          subject: { kind: CITIZEN, id: $id }) { nodes { seq } pageInfo { endCursor } } }`,
      caller: () => AUDITOR,
      variables: fc.record({
        ...pageArgs,
        ...windowArgs,
        purpose: maybe(junkString),
        agencyCode: maybe(junkString),
        id: fc.oneof(junkString, fc.constant(CHAU)),
      }),
    },
    {
      name: 'myAccessLog',
      query: `query ($first: Int, $after: String, $from: DateTime!, $to: DateTime!) {
        myAccessLog(first: $first, after: $after, from: $from, to: $to) { nodes { time } pageInfo { endCursor } } }`,
      caller: () => citizenAuthorization(graph, CHAU),
      variables: fc.record({ ...pageArgs, ...windowArgs }),
    },
    {
      name: 'enterpriseAccessLog',
      query: `query ($first: Int, $after: String, $from: DateTime!, $to: DateTime!, $code: String!) {
        enterpriseAccessLog(first: $first, after: $after, from: $from, to: $to, enterpriseCode: $code) {
          nodes { time } pageInfo { endCursor } } }`,
      caller: () => citizenAuthorization(graph, AN),
      variables: fc.record({ ...pageArgs, ...windowArgs, code: fc.oneof(junkString, fc.constant(SONG_HONG)) }),
    },
    {
      name: 'accessDisputes',
      query: `query ($first: Int, $after: String) {
        accessDisputes(first: $first, after: $after) { nodes { id } pageInfo { endCursor } } }`,
      caller: () => AUDITOR,
      variables: fc.record(pageArgs),
    },
    {
      name: 'searchCitizens',
      query: `query ($first: Int, $after: String, $name: String!, $birthYear: Int) {
        searchCitizens(first: $first, after: $after, name: $name, birthYear: $birthYear) {
          nodes { personalIdNumber } pageInfo { endCursor } } }`,
      caller: () => ALICE,
      variables: fc.record({ ...pageArgs, name: junkString, birthYear: maybe(junkNumber) }),
    },
  ];

  // 9 queries × 130 runs: over the 1,000 cases CI must run, each one request.
  const RUNS_PER_QUERY = 130;

  it.each(QUERIES.map((query) => [query.name, query]))(
    '%s never answers INTERNAL_SERVER_ERROR or HTTP 500',
    async (_name, paged) => {
      await fc.assert(
        fc.asyncProperty(paged.variables, async (variables) => {
          const response = await gql(paged.query, variables, paged.caller());
          const codes = (response.body.errors ?? []).map((error) => error.extensions?.code);
          if (response.status >= 500 || codes.includes('INTERNAL_SERVER_ERROR')) {
            throw new Error(`HTTP ${response.status}, ${JSON.stringify(response.body.errors)}`);
          }
        }),
        { numRuns: RUNS_PER_QUERY },
      );
    },
    600_000,
  );
});
