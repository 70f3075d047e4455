import { createRemoteJWKSet, jwtVerify } from 'jose';
import request from 'supertest';
import { AccessLogWriter, hashFromBase64Url, valuesHash, verifyInclusion } from '@app/access';
import { startTestGraph, type TestGraph } from '../tools/graph/start-graph';
import { agencyAuthorization, citizenAuthorization } from './support/agencies';

type Body = {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions: Record<string, unknown> }[];
};

/** Nguyễn Văn An: legal representative of Sông Hồng (0100003212). */
const AN = '001085012345';
/** Trần Thị Bình: represents Mê Kông, not Sông Hồng. */
const BINH = '079190004321';
/** Lê Minh Châu: read by the police in a criminal investigation. */
const CHAU = '048088007654';
/** Phạm Quốc Dũng: nobody reads him here. */
const DUNG = '031203000777';
const SONG_HONG = '0100003212';

const ENTRY = `time sealed sealedUntil readerKind agencyCode agencyName officerId caseReference purpose purposeText
  categories fields consentIds
  bases { category categoryTextVi kind agreementNumber agreementVersion consentId citation { instrument article clause textVi } }`;
const PROOF = 'seq leafHash inclusionProof pendingCheckpoint checkpoint { size rootHash chainHash createdAt jws }';

const MY_LOG = `query ($from: DateTime!, $to: DateTime!, $first: Int, $after: String, $withProofs: Boolean) {
  myAccessLog(from: $from, to: $to, first: $first, after: $after, withProofs: $withProofs) {
    nodes { ${ENTRY} ${PROOF} } pageInfo { endCursor hasNextPage } } }`;

const ENTERPRISE_LOG = `query ($code: String!, $from: DateTime!, $to: DateTime!) {
  enterpriseAccessLog(enterpriseCode: $code, from: $from, to: $to) { nodes { ${ENTRY} } pageInfo { hasNextPage } } }`;

const RECORDS = `query ($agencyCode: String, $subject: LogSubjectInput, $outcome: AccessOutcome, $from: DateTime!, $to: DateTime!) {
  accessRecords(agencyCode: $agencyCode, subject: $subject, outcome: $outcome, from: $from, to: $to) {
    nodes { seq time outcome agencyCode officerId caseReference purpose subjectKind subjectId categories fields
            sealedUntil bases { category kind agreementNumber reason } }
    pageInfo { hasNextPage } } }`;

interface Entry {
  time: string;
  sealed: boolean;
  sealedUntil: string | null;
  readerKind: string | null;
  agencyCode: string | null;
  agencyName: string | null;
  officerId: string | null;
  caseReference: string | null;
  purpose: string | null;
  purposeText: string | null;
  categories: string[] | null;
  fields: string[] | null;
  bases: { category: string; kind: string; agreementNumber: string | null; citation: { instrument: string } | null }[];
  seq: string | null;
  leafHash: string | null;
  inclusionProof: string[] | null;
  pendingCheckpoint: boolean | null;
  checkpoint: { size: string; rootHash: string; jws: string } | null;
}

interface Connection {
  nodes: Entry[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

let graph: TestGraph;
let AUDITOR: string;
const started = new Date(Date.now() - 60_000);
const window = () => ({ from: started.toISOString(), to: new Date(Date.now() + 86_400_000).toISOString() });

async function gql(
  query: string,
  variables: Record<string, unknown>,
  authorization: string,
  headers: Record<string, string> = {},
): Promise<{ body: Body }> {
  const call = request(graph.gatewayUrl).post('/graphql').set('Authorization', authorization);
  for (const [name, value] of Object.entries(headers)) call.set(name, value);
  const response = await call.send({ query, variables });
  return { body: response.body as Body };
}

async function myLog(citizen: string, variables: Record<string, unknown> = {}): Promise<Connection> {
  const { body } = await gql(MY_LOG, { ...window(), ...variables }, citizenAuthorization(graph, citizen));
  expect(body.errors).toBeUndefined();
  return body.data!.myAccessLog as Connection;
}

beforeAll(async () => {
  // No periodic checkpoint during the test: the proofs below are against the one it asks for.
  graph = await startTestGraph({ env: { ACCESS_LOG_CHECKPOINT_SECONDS: '86400' } });
  AUDITOR = `Bearer ${graph.tokens.mint({ kind: 'auditor', sub: 'aud-chi' })}`;

  // Reads the tracker must show, oldest first: social insurance reads An; the tax office reads
  // Sông Hồng with its representative (An again, and his phone, which it may not have); the
  // police read Châu covertly.
  const bhxh = await gql(
    `query ($id: String!) { citizen(personalIdNumber: $id) { fullName permanentResidence { provinceCode } } }`,
    { id: AN },
    agencyAuthorization(graph, 'BHXH', 'SOCIAL_INSURANCE_ENROLMENT'),
    { 'X-Officer-Id': 'CB-BHXH-07', 'X-Case-Reference': 'BHXH-HS-2026-0001' },
  );
  expect(bhxh.body.errors).toBeUndefined();
  const tax = await gql(
    `query ($code: String!) { enterprise(enterpriseCode: $code) {
       name legalRepresentatives { title citizen { fullName phone } } } }`,
    { code: SONG_HONG },
    agencyAuthorization(graph, 'BTC-CT', 'TAX_ADMINISTRATION'),
    { 'X-Officer-Id': 'CB-THUE-12', 'X-Case-Reference': 'THUE-2026-042' },
  );
  expect(tax.body.errors?.map((error) => error.extensions.code)).toEqual(['FORBIDDEN']);
  const police = await gql(
    `query ($id: String!) { citizen(personalIdNumber: $id) { fullName permanentResidence { address } } }`,
    { id: CHAU },
    agencyAuthorization(graph, 'BCA-C06', 'CRIMINAL_INVESTIGATION'),
    { 'X-Officer-Id': 'DTV-C06-3', 'X-Case-Reference': 'VA-2026-117' },
  );
  expect(police.body.errors).toBeUndefined();
});

afterAll(async () => {
  await graph?.close();
});

describe("the citizen's tracker", () => {
  it('lists every read of your data across both registries, newest first, with who, why, on what basis and what', async () => {
    const log = await myLog(AN);
    expect(log.nodes).toHaveLength(2);
    const [tax, bhxh] = log.nodes;
    expect(new Date(tax.time).getTime()).toBeGreaterThanOrEqual(new Date(bhxh.time).getTime());
    expect(tax).toMatchObject({
      sealed: false,
      sealedUntil: null,
      readerKind: 'AGENCY',
      agencyCode: 'BTC-CT',
      agencyName: 'Cục Thuế, Bộ Tài chính',
      officerId: 'CB-THUE-12',
      caseReference: 'THUE-2026-042',
      purpose: 'TAX_ADMINISTRATION',
      purposeText: 'Quản lý thuế: đăng ký thuế, khai thuế, nộp thuế và hoàn thuế',
      categories: ['population.identity'],
      // The phone was withheld, so it is not among what was released.
      fields: ['Citizen.fullName'],
      bases: [
        {
          category: 'population.identity',
          categoryTextVi: expect.stringContaining('Thông tin nhân thân'),
          kind: 'AGREEMENT',
          agreementNumber: 'DSA-2026-0002',
          agreementVersion: 1,
          consentId: null,
          citation: {
            instrument: 'Luật Quản lý thuế số 38/2019/QH14',
            article: 'Điều 98',
            clause: null,
            textVi: expect.stringContaining('Cơ quan thuế'),
          },
        },
      ],
      // Proofs only when asked for.
      seq: null,
      inclusionProof: null,
    });
    expect(bhxh).toMatchObject({
      agencyCode: 'BHXH',
      agencyName: 'Bảo hiểm xã hội Việt Nam',
      officerId: 'CB-BHXH-07',
      caseReference: 'BHXH-HS-2026-0001',
      purposeText: expect.stringContaining('bảo hiểm xã hội'),
      categories: ['population.identity', 'population.residence'],
      fields: ['Citizen.fullName', 'Citizen.permanentResidence'],
    });
    expect(bhxh.bases.map((basis) => basis.citation?.instrument)).toEqual([
      'Nghị định 70/2024/NĐ-CP',
      'Nghị định 70/2024/NĐ-CP',
    ]);
  });

  it('pages with an opaque cursor, and the pages add up to the whole list', async () => {
    const whole = await myLog(AN);
    const first = await myLog(AN, { first: 1 });
    expect(first.nodes).toEqual([whole.nodes[0]]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await myLog(AN, { first: 1, after: first.pageInfo.endCursor });
    expect(second.nodes).toEqual([whole.nodes[1]]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const { body } = await gql(MY_LOG, { ...window(), after: 'bm90LWEtY3Vyc29y' }, citizenAuthorization(graph, AN));
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'INVALID_CURSOR', field: 'after' });
  });

  it("shows a citizen nobody's reads but their own, and your own reads of your record as yours", async () => {
    expect((await myLog(DUNG)).nodes).toEqual([]);
    const own = await gql(
      `query ($id: String!) { citizen(personalIdNumber: $id) { fullName } }`,
      { id: DUNG },
      citizenAuthorization(graph, DUNG),
    );
    expect(own.body.errors).toBeUndefined();
    const [entry] = (await myLog(DUNG)).nodes;
    expect(entry).toMatchObject({
      readerKind: 'SELF',
      agencyName: 'Bạn',
      agencyCode: null,
      fields: ['Citizen.fullName'],
    });
    expect(entry.bases.map((basis) => basis.kind)).toEqual(['SELF']);
  });

  it('shows a covert read as sealed, with its date and when it opens, and nothing else', async () => {
    const [entry] = (await myLog(CHAU)).nodes;
    expect(entry).toEqual(
      expect.objectContaining({
        sealed: true,
        time: expect.any(String),
        readerKind: null,
        agencyCode: null,
        agencyName: null,
        officerId: null,
        caseReference: null,
        purpose: null,
        purposeText: null,
        categories: null,
        fields: null,
        bases: null,
        consentIds: null,
      }),
    );
    const days = (new Date(entry.sealedUntil!).getTime() - new Date(entry.time).getTime()) / 86_400_000;
    expect(days).toBeCloseTo(180, 2);
    const proved = (await myLog(CHAU, { withProofs: true })).nodes[0];
    expect(proved).toMatchObject({ sealed: true, seq: null, leafHash: null, inclusionProof: null, checkpoint: null });
  });

  it('opens a sealed entry by itself once its date has passed', async () => {
    // A record whose seal ran out a minute ago, written as the subgraphs write theirs.
    const writer = new AccessLogWriter(graph.database.dataSource, { flushDelayMs: 1, maxBatch: 10, timeoutMs: 5000 });
    await writer.write([
      {
        outcome: 'released',
        requestId: 'opened-seal',
        recordedBy: 'population',
        callerKind: 'agency',
        callerId: 'bca-c06-demo',
        agencyCode: 'BCA-C06',
        officerId: 'DTV-C06-3',
        caseReference: 'VA-2025-009',
        purpose: 'CRIMINAL_INVESTIGATION',
        subjectKind: 'citizen',
        subjectId: CHAU,
        categories: ['population.identity'],
        fields: ['Citizen.fullName'],
        bases: { 'population.identity': { kind: 'agreement', agreementNumber: 'DSA-2026-0004', version: 1 } },
        consentIds: [],
        sealedUntil: new Date(Date.now() - 60_000),
        valuesHash: valuesHash({ 'Citizen.fullName': 'Lê Minh Châu' }),
      },
    ]);
    const [opened, stillSealed] = (await myLog(CHAU)).nodes;
    expect(opened).toMatchObject({
      sealed: false,
      agencyName: 'Cục Cảnh sát quản lý hành chính về trật tự xã hội, Bộ Công an',
      caseReference: 'VA-2025-009',
      purposeText: expect.stringContaining('điều tra'),
      fields: ['Citizen.fullName'],
    });
    expect(opened.sealedUntil).not.toBeNull();
    expect(stillSealed).toMatchObject({ sealed: true, fields: null });
  });
});

describe('proofs: every entry is in the signed log', () => {
  it('proves each entry against the newest checkpoint, whose JWS verifies with the published keys', async () => {
    const signed = await gql('mutation { createLogCheckpoint { size rootHash chainHash createdAt jws } }', {}, AUDITOR);
    expect(signed.body.errors).toBeUndefined();
    const checkpoint = signed.body.data!.createLogCheckpoint as { size: string; rootHash: string; jws: string };
    const keys = createRemoteJWKSet(new URL(`${graph.apps.urls.exchange}/.well-known/jwks.json`));
    const { payload, protectedHeader } = await jwtVerify(checkpoint.jws, keys);
    expect(protectedHeader.typ).toBe('log-checkpoint+jwt');
    expect(payload).toMatchObject({ size: Number(checkpoint.size), root: checkpoint.rootHash });

    const log = await myLog(AN, { withProofs: true });
    expect(log.nodes).toHaveLength(2);
    for (const entry of log.nodes) {
      expect(entry.pendingCheckpoint).toBe(false);
      expect(entry.checkpoint).toMatchObject(checkpoint);
      const proof = entry.inclusionProof!.map(hashFromBase64Url);
      const leaf = hashFromBase64Url(entry.leafHash!);
      const root = hashFromBase64Url(checkpoint.rootHash);
      expect(verifyInclusion(leaf, Number(entry.seq), Number(checkpoint.size), proof, root)).toBe(true);
      // A proof for another leaf, or against another root, does not pass.
      expect(verifyInclusion(leaf, Number(entry.seq) + 1, Number(checkpoint.size), proof, root)).toBe(false);
    }

    // A read after the checkpoint: no checkpoint covers it yet, and the entry says so.
    await gql(
      `query ($id: String!) { citizen(personalIdNumber: $id) { fullName } }`,
      { id: AN },
      agencyAuthorization(graph, 'BHXH', 'SOCIAL_INSURANCE_ENROLMENT'),
    );
    const [newest] = (await myLog(AN, { withProofs: true, first: 1 })).nodes;
    expect(newest).toMatchObject({ pendingCheckpoint: true, inclusionProof: null, checkpoint: null });
    expect(Number(newest.seq)).toBeGreaterThanOrEqual(Number(checkpoint.size));
  });

  it('lets only operators sign a checkpoint', async () => {
    const { body } = await gql('mutation { createLogCheckpoint { size } }', {}, citizenAuthorization(graph, AN));
    expect(body.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe("an enterprise's log, for its legal representatives", () => {
  it('shows a legal representative who read the enterprise, why and what', async () => {
    const { body } = await gql(ENTERPRISE_LOG, { code: SONG_HONG, ...window() }, citizenAuthorization(graph, AN));
    expect(body.errors).toBeUndefined();
    const log = body.data!.enterpriseAccessLog as Connection;
    expect(log.nodes).toHaveLength(1);
    expect(log.nodes[0]).toMatchObject({
      agencyCode: 'BTC-CT',
      agencyName: 'Cục Thuế, Bộ Tài chính',
      caseReference: 'THUE-2026-042',
      purpose: 'TAX_ADMINISTRATION',
      categories: ['business.profile', 'business.representatives'],
      fields: ['Enterprise.legalRepresentatives', 'Enterprise.name'],
    });
  });

  it('refuses anyone else, and does not tell whether the enterprise exists', async () => {
    for (const code of [SONG_HONG, '0100233488']) {
      const { body } = await gql(ENTERPRISE_LOG, { code, ...window() }, citizenAuthorization(graph, BINH));
      expect(body.data).toBeNull();
      expect(body.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_REPRESENTATIVE' });
    }
    const agency = await gql(
      ENTERPRISE_LOG,
      { code: SONG_HONG, ...window() },
      agencyAuthorization(graph, 'BTC-CT', 'TAX_ADMINISTRATION'),
    );
    expect(agency.body.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('auditors: counts and listings', () => {
  it("counts an agency's releases, refusals and subjects for a purpose and period, by category", async () => {
    const { body } = await gql(
      `query ($agencyCode: String, $purpose: String, $from: DateTime!, $to: DateTime!) {
         accessLogReport(agencyCode: $agencyCode, purpose: $purpose, from: $from, to: $to) {
           agencyCode purpose released refused distinctSubjects byCategory { category released refused } } }`,
      { agencyCode: 'BTC-CT', purpose: 'TAX_ADMINISTRATION', ...window() },
      AUDITOR,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.accessLogReport).toEqual({
      agencyCode: 'BTC-CT',
      purpose: 'TAX_ADMINISTRATION',
      // Sông Hồng (business registry) and An (population); An's phone refused.
      released: 2,
      refused: 1,
      distinctSubjects: 2,
      byCategory: [
        { category: 'business.profile', released: 1, refused: 0 },
        { category: 'business.representatives', released: 1, refused: 0 },
        { category: 'population.contact', released: 0, refused: 1 },
        { category: 'population.identity', released: 1, refused: 0 },
      ],
    });
    const agency = await gql(
      `query ($from: DateTime!, $to: DateTime!) { accessLogReport(from: $from, to: $to) { released } }`,
      window(),
      agencyAuthorization(graph, 'BTC-CT', 'TAX_ADMINISTRATION'),
    );
    expect(agency.body.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('counts the same per day in Vietnam, for periods of at most 366 days', async () => {
    const BY_DAY = `query ($agencyCode: String, $purpose: String, $from: DateTime!, $to: DateTime!) {
      accessLogReport(agencyCode: $agencyCode, purpose: $purpose, from: $from, to: $to) {
        released refused byDay { day released refused } } }`;
    const { body } = await gql(BY_DAY, { agencyCode: 'BTC-CT', purpose: 'TAX_ADMINISTRATION', ...window() }, AUDITOR);
    expect(body.errors).toBeUndefined();
    const report = body.data!.accessLogReport as {
      released: number;
      refused: number;
      byDay: { day: string; released: number; refused: number }[];
    };
    // The reads of this test were made moments ago: all on today's date in Vietnam (+07:00).
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() + 7 * 3600_000 - 86_400_000).toISOString().slice(0, 10);
    for (const day of report.byDay) expect([yesterday, today]).toContain(day.day);
    expect(report.byDay.reduce((sum, day) => sum + day.released, 0)).toBe(report.released);
    expect(report.byDay.reduce((sum, day) => sum + day.refused, 0)).toBe(report.refused);

    const tooLong = await gql(
      BY_DAY,
      { from: new Date(Date.now() - 367 * 86_400_000).toISOString(), to: new Date().toISOString() },
      AUDITOR,
    );
    expect(tooLong.body.errors?.[0].extensions.code).toBe('REPORT_PERIOD_TOO_LONG');
    // Without byDay, a longer period is counted as before.
    const totals = await gql(
      `query ($from: DateTime!, $to: DateTime!) { accessLogReport(from: $from, to: $to) { released } }`,
      { from: new Date(Date.now() - 367 * 86_400_000).toISOString(), to: new Date().toISOString() },
      AUDITOR,
    );
    expect(totals.body.errors).toBeUndefined();
  });

  it('lists sealed records in full to auditors', async () => {
    const { body } = await gql(
      RECORDS,
      { agencyCode: 'BCA-C06', subject: { kind: 'CITIZEN', id: CHAU }, ...window() },
      AUDITOR,
    );
    expect(body.errors).toBeUndefined();
    const nodes = (body.data!.accessRecords as { nodes: Record<string, unknown>[] }).nodes;
    const covert = nodes.find((node) => node.caseReference === 'VA-2026-117')!;
    expect(covert).toMatchObject({
      outcome: 'RELEASED',
      agencyCode: 'BCA-C06',
      officerId: 'DTV-C06-3',
      purpose: 'CRIMINAL_INVESTIGATION',
      subjectKind: 'CITIZEN',
      subjectId: CHAU,
      fields: ['Citizen.fullName', 'Citizen.permanentResidence'],
      sealedUntil: expect.any(String),
    });
  });

  it("lists refusals with their reasons, and gives an agency its own agency's records only", async () => {
    const tax = agencyAuthorization(graph, 'BTC-CT', 'TAX_ADMINISTRATION');
    const own = await gql(RECORDS, { ...window() }, tax);
    expect(own.body.errors).toBeUndefined();
    const nodes = (own.body.data!.accessRecords as { nodes: { agencyCode: string; outcome: string }[] }).nodes;
    expect(nodes.length).toBe(3);
    expect(new Set(nodes.map((node) => node.agencyCode))).toEqual(new Set(['BTC-CT']));

    const refused = await gql(RECORDS, { outcome: 'REFUSED', ...window() }, tax);
    expect(refused.body.data!.accessRecords).toMatchObject({
      nodes: [
        {
          subjectId: AN,
          fields: ['Citizen.phone'],
          bases: [{ category: 'population.contact', kind: 'REFUSED', reason: 'NO_AGREEMENT_OR_CONSENT' }],
        },
      ],
    });

    const other = await gql(RECORDS, { agencyCode: 'BHXH', ...window() }, tax);
    expect(other.body.data).toBeNull();
    expect(other.body.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_AGENCY' });

    const citizen = await gql(RECORDS, { ...window() }, citizenAuthorization(graph, AN));
    expect(citizen.body.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
