import { createRemoteJWKSet, jwtVerify } from 'jose';
import { hashFromBase64Url, readSubjectLog, verifyConsistency, type Query, type SubjectLogFilter } from '@app/access';
import { DATA_CATEGORIES } from '@app/access';
import { startTestGraph, type TestGraph } from '../tools/graph/start-graph';
import { agencyAuthorization, citizenAuthorization } from './support/agencies';
import { graphqlClient } from './support/graphql';

// The API the citizen portal's pages stand on (issue 11, items 3, 4 and 5): the tracker's
// filters and bulk marks, who may read my data, and the log's consistency between checkpoints.

type GraphQLError = { message: string; path?: (string | number)[]; extensions: Record<string, unknown> };
type Body = { data?: Record<string, unknown> | null; errors?: GraphQLError[] };

/** Nguyễn Văn An: legal representative of Sông Hồng. */
const AN = '001085012345';
/** Trần Thị Bình. */
const BINH = '079190004321';
/** Lê Minh Châu: read by the police in a criminal investigation, covertly. */
const CHAU = '048088007654';
const SONG_HONG = '0100003212';

const ENTRY = 'time sealed agencyCode purpose categories consentIds bulk bases { category kind consentId }';
const MY_LOG = `query ($from: DateTime!, $to: DateTime!, $first: Int, $after: String,
    $agencyCode: String, $category: String, $basis: AccessBasisKind) {
  myAccessLog(from: $from, to: $to, first: $first, after: $after, agencyCode: $agencyCode, category: $category, basis: $basis) {
    nodes { ${ENTRY} } pageInfo { endCursor hasNextPage } } }`;
const ENTERPRISE_LOG = `query ($code: String!, $from: DateTime!, $to: DateTime!, $first: Int, $after: String,
    $agencyCode: String, $category: String, $basis: AccessBasisKind) {
  enterpriseAccessLog(enterpriseCode: $code, from: $from, to: $to, first: $first, after: $after,
      agencyCode: $agencyCode, category: $category, basis: $basis) {
    nodes { ${ENTRY} } pageInfo { endCursor hasNextPage } } }`;
const REQUEST = `mutation($input: RequestConsentInput!) { requestConsent(input: $input) { id } }`;
const GRANT = `mutation($input: GrantConsentInput!) { grantConsent(input: $input) { consent { id } } }`;
const CHECKPOINT = 'mutation { createLogCheckpoint { size } }';
const CONSISTENCY = `query ($fromSize: String!, $toSize: String!) {
  logConsistency(fromSize: $fromSize, toSize: $toSize) {
    fromSize toSize proof
    from { size rootHash jws cosignature } to { size rootHash jws cosignature } } }`;
const RULES = `{ myAccessRules { category textVi textEn
  byLaw { agreementNumber agreementVersion agencyCode agencyName validFrom validTo sealedDisclosureDays
          purposes { code textVi textEn } citation { instrument article clause textVi } }
  byConsent { consentId agencyCode agencyName status validFrom validTo purpose { code textVi textEn } } } }`;

interface Entry {
  time: string;
  sealed: boolean;
  agencyCode: string | null;
  purpose: string | null;
  categories: string[] | null;
  consentIds: string[] | null;
  bulk: boolean | null;
  bases: { category: string; kind: string; consentId: string | null }[] | null;
}

interface Connection {
  nodes: Entry[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

let graph: TestGraph;
let ADMIN = '';
let AUDITOR = '';
let bankConsent = '';
/** The sizes of the two checkpoints signed below, the older first. */
const checkpoints: number[] = [];
const started = new Date(Date.now() - 60_000);
const window = () => ({ from: started.toISOString(), to: new Date(Date.now() + 86_400_000).toISOString() });
const days = (n: number) => new Date(Date.now() + n * 24 * 3600 * 1000).toISOString();
const gql = graphqlClient(() => graph.gatewayUrl);

async function ok(query: string, variables: Record<string, unknown>, authorization: string | null) {
  const { body } = (await gql(query, variables, authorization)) as { body: Body };
  expect(body.errors).toBeUndefined();
  return body.data!;
}

async function myLog(citizen: string, variables: Record<string, unknown> = {}): Promise<Connection> {
  const data = await ok(MY_LOG, { first: 100, ...window(), ...variables }, citizenAuthorization(graph, citizen));
  return data.myAccessLog as Connection;
}

async function errorsOf(query: string, variables: Record<string, unknown>, authorization: string | null) {
  const { body } = (await gql(query, variables, authorization)) as { body: Body };
  expect(body.data?.[Object.keys(body.data ?? {})[0]] ?? null).toBeNull();
  return (body.errors ?? []).map((error) => error.extensions);
}

async function checkpoint(): Promise<number> {
  const data = await ok(CHECKPOINT, {}, ADMIN);
  return Number((data.createLogCheckpoint as { size: string }).size);
}

/** Every page of a log with `variables`, following endCursor. */
async function allPages(citizen: string, variables: Record<string, unknown>): Promise<Entry[]> {
  const entries: Entry[] = [];
  let after: string | null = null;
  for (let page = 0; page < 20; page++) {
    const log = await myLog(citizen, { ...variables, first: 1, after });
    entries.push(...log.nodes);
    if (!log.pageInfo.hasNextPage) return entries;
    after = log.pageInfo.endCursor;
  }
  throw new Error('more pages than reads');
}

beforeAll(async () => {
  graph = await startTestGraph({ env: { ACCESS_LOG_CHECKPOINT_SECONDS: '86400' } });
  ADMIN = `Bearer ${graph.tokens.mint({ kind: 'admin', sub: 'adm-lan' })}`;
  AUDITOR = `Bearer ${graph.tokens.mint({ kind: 'auditor', sub: 'aud-chi' })}`;
  const bhxh = agencyAuthorization(graph, 'BHXH', 'SOCIAL_INSURANCE_ENROLMENT');
  const tax = agencyAuthorization(graph, 'BTC-CT', 'TAX_ADMINISTRATION');
  const bank = agencyAuthorization(graph, 'DEMO-BANK', 'ACCOUNT_OPENING_KYC');

  // Social insurance reads An twice, by law.
  const one =
    'query ($id: String!) { citizen(personalIdNumber: $id) { fullName permanentResidence { provinceCode } } }';
  await ok(one, { id: AN }, bhxh);
  checkpoints.push(await checkpoint());
  await ok('query ($id: String!) { citizen(personalIdNumber: $id) { fullName } }', { id: AN }, bhxh);
  // The tax office looks up An and Bình at once: a bulk read of each.
  await ok('query ($ids: [String!]!) { citizens(personalIdNumbers: $ids) { fullName } }', { ids: [AN, BINH] }, tax);
  // ...and reads Sông Hồng, whose representative An may read its log.
  await ok('query ($code: String!) { enterprise(enterpriseCode: $code) { name } }', { code: SONG_HONG }, tax);
  // The police read Châu covertly: the entry stays sealed.
  await ok(
    'query ($id: String!) { citizen(personalIdNumber: $id) { fullName permanentResidence { address } } }',
    { id: CHAU },
    agencyAuthorization(graph, 'BCA-C06', 'CRIMINAL_INVESTIGATION'),
  );
  // The bank reads An's identity on An's consent.
  const asked = await ok(
    REQUEST,
    {
      input: {
        personalIdNumber: AN,
        categories: ['population.identity', 'population.contact'],
        validTo: days(30),
        fetchType: 'PERIODIC',
        maxReadsPerDay: 10,
        dataLifeDays: 30,
      },
    },
    bank,
  );
  const granted = await ok(
    GRANT,
    { input: { requestId: (asked.requestConsent as { id: string }).id, categories: ['population.identity'] } },
    citizenAuthorization(graph, AN),
  );
  bankConsent = (granted.grantConsent as { consent: { id: string } }).consent.id;
  await ok(one.replace(' permanentResidence { provinceCode }', ''), { id: AN }, bank);
  checkpoints.push(await checkpoint());
}, 120_000);

afterAll(async () => {
  await graph?.close();
});

describe("the tracker's filters", () => {
  it('narrows your log to one agency, one data category, or one kind of basis, and to all three at once', async () => {
    const all = (await myLog(AN)).nodes;
    expect(all.map((entry) => entry.agencyCode)).toEqual(['DEMO-BANK', 'BTC-CT', 'BHXH', 'BHXH']);
    const has = (entry: Entry, kind: string) => entry.bases!.some((basis) => basis.kind === kind);

    const bhxh = (await myLog(AN, { agencyCode: 'BHXH' })).nodes;
    expect(bhxh).toEqual(all.filter((entry) => entry.agencyCode === 'BHXH'));
    const residence = (await myLog(AN, { category: 'population.residence' })).nodes;
    expect(residence).toHaveLength(1);
    expect(residence).toEqual(all.filter((entry) => entry.categories!.includes('population.residence')));
    const byLaw = (await myLog(AN, { basis: 'LAW' })).nodes;
    expect(byLaw).toHaveLength(3);
    expect(byLaw).toEqual(all.filter((entry) => has(entry, 'AGREEMENT')));
    const byConsent = (await myLog(AN, { basis: 'CONSENT' })).nodes;
    expect(byConsent).toMatchObject([{ agencyCode: 'DEMO-BANK', consentIds: [bankConsent] }]);
    expect(byConsent).toEqual(all.filter((entry) => has(entry, 'CONSENT')));

    expect((await myLog(AN, { agencyCode: 'BHXH', category: 'population.identity', basis: 'LAW' })).nodes).toEqual(
      bhxh,
    );
    expect((await myLog(AN, { agencyCode: 'BHXH', basis: 'CONSENT' })).nodes).toEqual([]);
    expect((await myLog(AN, { agencyCode: 'BCA-C06' })).nodes).toEqual([]);
  });

  it('leaves sealed entries out of a filtered log: a match would tell who read, what, or on what basis', async () => {
    expect((await myLog(CHAU)).nodes).toMatchObject([{ sealed: true, agencyCode: null, categories: null, bulk: null }]);
    for (const filter of [
      { agencyCode: 'BCA-C06' },
      { category: 'population.residence' },
      { category: 'population.identity' },
      { basis: 'LAW' },
      { basis: 'CONSENT' },
    ]) {
      expect((await myLog(CHAU, filter)).nodes).toEqual([]);
    }
  });

  it('pages under filters, and refuses a cursor under other filters than the page that made it', async () => {
    const bhxh = (await myLog(AN, { agencyCode: 'BHXH' })).nodes;
    expect(await allPages(AN, { agencyCode: 'BHXH' })).toEqual(bhxh);
    const byLaw = (await myLog(AN, { basis: 'LAW' })).nodes;
    expect(await allPages(AN, { basis: 'LAW' })).toEqual(byLaw);

    const first = await myLog(AN, { agencyCode: 'BHXH', first: 1 });
    const filtered = first.pageInfo.endCursor!;
    const plain = (await myLog(AN, { first: 1 })).pageInfo.endCursor!;
    const citizen = citizenAuthorization(graph, AN);
    for (const [after, filters] of [
      [filtered, { agencyCode: 'BTC-CT' }],
      [filtered, {}],
      [filtered, { agencyCode: 'BHXH', basis: 'LAW' }],
      [plain, { agencyCode: 'BHXH' }],
      [plain, { category: 'population.identity' }],
    ] as const) {
      expect(await errorsOf(MY_LOG, { ...window(), first: 1, after, ...filters }, citizen)).toEqual([
        expect.objectContaining({ code: 'CURSOR_FILTERS_CHANGED', field: 'after' }),
      ]);
    }
  });

  it('refuses an unknown category, a malformed agency code, an unknown basis and a window that ends before it starts', async () => {
    const citizen = citizenAuthorization(graph, AN);
    expect(await errorsOf(MY_LOG, { ...window(), category: 'population.secrets' }, citizen)).toEqual([
      expect.objectContaining({ code: 'UNKNOWN_CATEGORY' }),
    ]);
    expect(await errorsOf(MY_LOG, { ...window(), agencyCode: 'bhxh; drop' }, citizen)).toEqual([
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    ]);
    const [basis] = await errorsOf(MY_LOG, { ...window(), basis: 'SELF' }, citizen);
    expect(basis.code).toBe('BAD_USER_INPUT');
    const now = new Date().toISOString();
    expect(await errorsOf(MY_LOG, { from: now, to: started.toISOString() }, citizen)).toEqual([
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'to' }),
    ]);
  });

  it("narrows an enterprise's log for its representative with the same arguments and rules", async () => {
    const an = citizenAuthorization(graph, AN);
    const log = async (variables: Record<string, unknown>) =>
      (await ok(ENTERPRISE_LOG, { code: SONG_HONG, first: 100, ...window(), ...variables }, an))
        .enterpriseAccessLog as Connection;
    const all = (await log({})).nodes;
    expect(all.length).toBeGreaterThan(0);
    expect((await log({ agencyCode: 'BTC-CT' })).nodes).toEqual(all.filter((entry) => entry.agencyCode === 'BTC-CT'));
    expect((await log({ agencyCode: 'BHXH' })).nodes).toEqual([]);
    expect((await log({ category: 'business.profile', basis: 'LAW' })).nodes).toEqual(
      all.filter((entry) => entry.categories!.includes('business.profile')),
    );
    const cursor = (await log({ first: 1 })).pageInfo.endCursor;
    expect(
      await errorsOf(ENTERPRISE_LOG, { code: SONG_HONG, ...window(), after: cursor, agencyCode: 'BTC-CT' }, an),
    ).toEqual([expect.objectContaining({ code: 'CURSOR_FILTERS_CHANGED' })]);
    expect(await errorsOf(ENTERPRISE_LOG, { code: SONG_HONG, ...window(), category: 'business.nope' }, an)).toEqual([
      expect.objectContaining({ code: 'UNKNOWN_CATEGORY' }),
    ]);
  });
});

describe("the tracker's query plan", () => {
  /** The plan of one page of An's log under `filter`, as the reader asks for it, with scans of the whole table ruled out. */
  async function planOf(filter: SubjectLogFilter, after = false): Promise<string> {
    let plan = '';
    await graph.database.dataSource.transaction(async (manager) => {
      await manager.query('SET LOCAL enable_seqscan = off');
      await manager.query('SET LOCAL enable_bitmapscan = off');
      const explain: Query = async <T>(sql: string, parameters: unknown[]) => {
        const rows = await manager.query<{ 'QUERY PLAN': string }[]>(`EXPLAIN ${sql}`, parameters);
        plan = rows.map((row) => row['QUERY PLAN']).join('\n');
        return [] as T;
      };
      const position = after ? { at: '2026-12-02T06:06:42.653000Z', seq: '17' } : null;
      await readSubjectLog(
        explain,
        { kind: 'citizen', id: AN },
        { from: started, to: new Date() },
        20,
        position,
        filter,
      );
    });
    return plan;
  }

  it('reads a page, filtered or not, in index order: no sort, however long the history', async () => {
    for (const after of [false, true]) {
      const byAgency = await planOf({ agencyCode: 'BHXH', basis: 'law' }, after);
      expect(byAgency).toMatch(/Index Scan Backward using ix_access_records_subject_agency_time/);
      expect(byAgency).not.toMatch(/Sort/);
      for (const filter of [{}, { category: 'population.identity' }, { basis: 'consent' as const }]) {
        const plan = await planOf(filter, after);
        expect(plan).toMatch(/Index Scan Backward using ix_access_records_subject_time/);
        expect(plan).not.toMatch(/Sort/);
      }
    }
  });
});

describe('bulk reads', () => {
  it('marks the entries of a lookup of many people at once, in each person’s log, and no other', async () => {
    const an = (await myLog(AN)).nodes;
    expect(an.map((entry) => [entry.agencyCode, entry.bulk])).toEqual([
      ['DEMO-BANK', false],
      ['BTC-CT', true],
      ['BHXH', false],
      ['BHXH', false],
    ]);
    expect((await myLog(BINH, { agencyCode: 'BTC-CT' })).nodes).toMatchObject([{ bulk: true }]);
    const records = await ok(
      `query ($from: DateTime!, $to: DateTime!) { accessRecords(agencyCode: "BTC-CT", from: $from, to: $to) {
         nodes { subjectId bulk } } }`,
      window(),
      AUDITOR,
    );
    const nodes = (records.accessRecords as { nodes: { subjectId: string; bulk: boolean }[] }).nodes;
    expect(
      nodes
        .filter((node) => node.bulk)
        .map((node) => node.subjectId)
        .sort(),
    ).toEqual([AN, BINH].sort());
    expect(nodes.find((node) => node.subjectId === SONG_HONG)?.bulk).toBe(false);
  });
});

describe("the log's consistency between two checkpoints", () => {
  it('proves to anyone, signed in or not, that the newer checkpoint extends the older', async () => {
    const [older, newer] = checkpoints;
    expect(newer).toBeGreaterThan(older);
    const data = await ok(CONSISTENCY, { fromSize: String(older), toSize: String(newer) }, null);
    const answer = data.logConsistency as {
      fromSize: string;
      toSize: string;
      proof: string[];
      from: { size: string; rootHash: string; jws: string; cosignature: string | null };
      to: { size: string; rootHash: string; jws: string; cosignature: string | null };
    };
    expect(answer).toMatchObject({ fromSize: String(older), toSize: String(newer) });
    expect(answer.from.size).toBe(String(older));
    expect(answer.to.size).toBe(String(newer));
    expect(answer.proof.length).toBeGreaterThan(0);
    const proof = answer.proof.map(hashFromBase64Url);
    const [oldRoot, newRoot] = [hashFromBase64Url(answer.from.rootHash), hashFromBase64Url(answer.to.rootHash)];
    expect(verifyConsistency(older, newer, oldRoot, newRoot, proof)).toBe(true);
    // It proves nothing else: another root does not pass.
    expect(verifyConsistency(older, newer, newRoot, newRoot, proof)).toBe(false);

    const keys = createRemoteJWKSet(new URL(`${graph.gatewayUrl}/.well-known/jwks.json`));
    for (const signed of [answer.from, answer.to]) {
      const { payload } = await jwtVerify(signed.jws, keys, { typ: 'log-checkpoint+jwt' });
      expect(payload).toMatchObject({ size: Number(signed.size), root: signed.rootHash });
      expect(signed.cosignature).toEqual(expect.any(String));
    }
    const same = await ok(CONSISTENCY, { fromSize: String(newer), toSize: String(newer) }, null);
    expect((same.logConsistency as { proof: string[] }).proof).toEqual([]);
  });

  it('refuses sizes that are not numbers, reversed, beyond the newest checkpoint, or not a checkpoint', async () => {
    const [older, newer] = checkpoints;
    const errors = (fromSize: string, toSize: string) => errorsOf(CONSISTENCY, { fromSize, toSize }, null);
    expect(await errors('ten', String(newer))).toEqual([expect.objectContaining({ code: 'INVALID_LOG_SIZE' })]);
    expect(await errors(String(older), '-1')).toEqual([expect.objectContaining({ code: 'INVALID_LOG_SIZE' })]);
    expect(await errors(String(newer), String(older))).toEqual([
      expect.objectContaining({ code: 'LOG_SIZES_REVERSED', field: 'fromSize' }),
    ]);
    expect(await errors(String(older), String(newer + 1))).toEqual([
      expect.objectContaining({ code: 'LOG_SIZE_OUT_OF_RANGE', field: 'toSize' }),
    ]);
    expect(await errors(String(older + 1), String(newer))).toEqual([
      expect.objectContaining({ code: 'CHECKPOINT_NOT_FOUND', field: 'fromSize' }),
    ]);
    expect(await errors('0', String(newer))).toEqual([
      expect.objectContaining({ code: 'CHECKPOINT_NOT_FOUND', field: 'fromSize' }),
    ]);
  });
});

interface Agreement {
  agreementNumber: string;
  version: number;
  agencyCode: string;
  categories: string[];
  purposes: string[];
  validFrom: string;
  validTo: string | null;
  legalBasis: { instrument: string; article: string; clause: string | null; textVi: string };
}

interface Rules {
  category: string;
  textVi: string;
  textEn: string;
  byLaw: {
    agreementNumber: string;
    agreementVersion: number;
    agencyCode: string;
    agencyName: string;
    purposes: { code: string; textVi: string }[];
    citation: { instrument: string; article: string; clause: string | null; textVi: string };
    validTo: string | null;
  }[];
  byConsent: { consentId: string; agencyCode: string; agencyName: string; status: string; purpose: { code: string } }[];
}

describe('who may read my data', () => {
  it('lists per category of your data the agreements in force, with their citation, and your consents', async () => {
    const rules = (await ok(RULES, {}, citizenAuthorization(graph, AN))).myAccessRules as Rules[];
    const population = DATA_CATEGORIES.filter((category) => category.registry === 'population');
    expect(rules.map(({ category, textVi, textEn }) => ({ code: category, textVi, textEn }))).toEqual(
      population.map(({ code, textVi, textEn }) => ({ code, textVi, textEn })),
    );

    // By law: what the administrators' own listing holds approved and in force, agency by agency.
    const listed = await ok(
      '{ agreements(status: APPROVED, first: 100) { nodes { agreementNumber version agencyCode categories purposes validFrom validTo legalBasis { instrument article clause textVi } } } }',
      {},
      ADMIN,
    );
    const now = Date.now();
    const inForce = (listed.agreements as { nodes: Agreement[] }).nodes.filter(
      (agreement) =>
        new Date(agreement.validFrom).getTime() <= now &&
        (agreement.validTo === null || new Date(agreement.validTo).getTime() > now),
    );
    const catalogue = await ok(
      '{ purposes { code textVi } agencies(first: 100) { nodes { code nameVi } } }',
      {},
      ADMIN,
    );
    const purposeText = new Map(
      (catalogue.purposes as { code: string; textVi: string }[]).map((p) => [p.code, p.textVi]),
    );
    const agencyName = new Map(
      (catalogue.agencies as { nodes: { code: string; nameVi: string }[] }).nodes.map((a) => [a.code, a.nameVi]),
    );
    for (const rule of rules) {
      const expected = inForce
        .filter((agreement) => agreement.categories.includes(rule.category))
        .map((agreement) => ({
          agreementNumber: agreement.agreementNumber,
          agreementVersion: agreement.version,
          agencyCode: agreement.agencyCode,
          agencyName: agencyName.get(agreement.agencyCode),
          purposes: [...agreement.purposes].sort().map((code) => ({ code, textVi: purposeText.get(code) })),
          citation: agreement.legalBasis,
          validTo: agreement.validTo,
        }));
      expect(rule.byLaw.map(({ agreementNumber }) => agreementNumber).sort()).toEqual(
        expected.map(({ agreementNumber }) => agreementNumber).sort(),
      );
      for (const law of expected) {
        expect(rule.byLaw).toContainEqual(
          expect.objectContaining({ ...law, purposes: law.purposes.map((p) => expect.objectContaining(p)) }),
        );
      }
    }
    const identity = rules.find((rule) => rule.category === 'population.identity')!;
    expect(identity.byLaw.map((law) => law.agencyCode)).toEqual(expect.arrayContaining(['BHXH', 'BTC-CT']));
    expect(identity.byLaw[0].citation.instrument).toMatch(/\S/);

    // By consent: the bank's, for the one category An granted, not for the one he did not.
    expect(identity.byConsent).toEqual([
      expect.objectContaining({
        consentId: bankConsent,
        agencyCode: 'DEMO-BANK',
        agencyName: agencyName.get('DEMO-BANK'),
        status: 'ACTIVE',
        purpose: expect.objectContaining({
          code: 'ACCOUNT_OPENING_KYC',
          textVi: purposeText.get('ACCOUNT_OPENING_KYC'),
        }),
      }),
    ]);
    expect(rules.find((rule) => rule.category === 'population.contact')!.byConsent).toEqual([]);
  });

  it("shows another citizen the same laws and none of An's consents", async () => {
    const an = (await ok(RULES, {}, citizenAuthorization(graph, AN))).myAccessRules as Rules[];
    const binh = (await ok(RULES, {}, citizenAuthorization(graph, BINH))).myAccessRules as Rules[];
    expect(binh.map((rule) => rule.byLaw)).toEqual(an.map((rule) => rule.byLaw));
    expect(binh.flatMap((rule) => rule.byConsent)).toEqual([]);
  });

  it('answers citizens only', async () => {
    const steward = `Bearer ${graph.tokens.mint({ kind: 'steward', sub: 'st-hoa', registry: 'population' })}`;
    for (const caller of [agencyAuthorization(graph, 'BHXH', 'SOCIAL_INSURANCE_ENROLMENT'), ADMIN, AUDITOR, steward]) {
      expect((await errorsOf(RULES, {}, caller)).map((error) => error.code)).toEqual(['FORBIDDEN']);
    }
    expect((await errorsOf(RULES, {}, null)).map((error) => error.code)).toEqual(['UNAUTHENTICATED']);
  });
});
