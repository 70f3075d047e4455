import { compactVerify, createLocalJWKSet, type JSONWebKeySet } from 'jose';
import request from 'supertest';
import type { AppName } from '@app/config';
import { startTestGraph, type TestGraph } from '../tools/graph/start-graph';
import { agencyAuthorization, citizenAuthorization } from './support/agencies';
import { errorOf } from './support/graphql';

/** Nguyễn Văn An: read by social insurance; disputes that read. */
const AN = '001085012345';
/** Trần Thị Bình: read by social insurance too; her entry is not An's to dispute. */
const BINH = '079190004321';
/** Lê Minh Châu: read covertly by the police (sealed in her tracker). */
const CHAU = '048088007654';

const TEXT = 'Tôi không nhận ra lần đọc này: tôi chưa từng làm hồ sơ bảo hiểm xã hội ở đây.';

const DISPUTE = `id entrySeq personalIdNumber text status answer reviewedBy decidedBy openedAt reviewedAt decidedAt
  updatedAt version
  entry { seq time readerKind agencyCode agencyName purpose purposeText fields bases { category kind agreementNumber } }
  accessRecord { seq callerKind callerId agencyCode agencyName officerId caseReference purpose subjectId fields
                 bases { category kind agreementNumber } }
  history { version status text answer changedByKind changedBy changedAt requestId receipt }`;
const OPEN = `mutation ($input: DisputeAccessEntryInput!) { disputeAccessEntry(input: $input) { ${DISPUTE} } }`;
const MINE = `{ myDisputes { ${DISPUTE} } }`;
const LIST = `query ($status: AccessDisputeStatus, $first: Int, $after: String) {
  accessDisputes(status: $status, first: $first, after: $after) { nodes { ${DISPUTE} } pageInfo { endCursor hasNextPage } } }`;
const ONE = `query ($id: ID!) { accessDispute(id: $id) { ${DISPUTE} } }`;
const REVIEW = `mutation ($input: ReviewAccessDisputeInput!) { reviewAccessDispute(input: $input) { ${DISPUTE} } }`;
const ANSWER = `mutation ($input: AnswerAccessDisputeInput!) { answerAccessDispute(input: $input) { ${DISPUTE} } }`;

type Body = {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions: Record<string, unknown> }[];
};

interface Dispute {
  id: string;
  entrySeq: string;
  personalIdNumber: string;
  text: string;
  status: string;
  answer: string | null;
  reviewedBy: string | null;
  decidedBy: string | null;
  openedAt: string;
  reviewedAt: string | null;
  decidedAt: string | null;
  version: number;
  entry: { seq: string; agencyCode: string; purpose: string; fields: string[] };
  accessRecord: Record<string, unknown> | null;
  history: {
    version: number;
    status: string;
    text: string;
    answer: string | null;
    changedByKind: string;
    changedBy: string;
    changedAt: string;
    requestId: string | null;
    receipt: string;
  }[];
}

let graph: TestGraph;
let AUDITOR = '';
let OTHER_AUDITOR = '';
const lines: string[] = [];
/** The seq of each citizen's access records, by whose they are. */
const seqs: Record<string, string> = {};

const gql = async (query: string, variables: Record<string, unknown>, authorization: string) => {
  const response = await request(graph.gatewayUrl)
    .post('/graphql')
    .set('Authorization', authorization)
    .send({ query, variables });
  return { body: response.body as Body, requestId: response.headers['x-request-id'] };
};
const citizen = (pid: string) => citizenAuthorization(graph, pid);
const sql = <T>(text: string, parameters: unknown[] = []) => graph.database.dataSource.query<T[]>(text, parameters);
const codeOf = (body: Body) => errorOf(body)?.code;

async function opened(pid: string, seq: string, text = TEXT): Promise<Dispute> {
  const { body } = await gql(OPEN, { input: { seq, text } }, citizen(pid));
  expect(body.errors).toBeUndefined();
  return body.data!.disputeAccessEntry as Dispute;
}

async function reviewed(dispute: Dispute, auditor = AUDITOR): Promise<Dispute> {
  const { body } = await gql(REVIEW, { input: { id: dispute.id, expectedVersion: dispute.version } }, auditor);
  expect(body.errors).toBeUndefined();
  return body.data!.reviewAccessDispute as Dispute;
}

/** A fresh release of the citizen's data by social insurance: a new entry to dispute. */
async function readBySocialInsurance(pid: string): Promise<string> {
  const response = await request(graph.gatewayUrl)
    .post('/graphql')
    .set('Authorization', agencyAuthorization(graph, 'BHXH', 'SOCIAL_INSURANCE_ENROLMENT'))
    .set('X-Officer-Id', 'CB-BHXH-07')
    .set('X-Case-Reference', 'BHXH-HS-2026-0001')
    .send({ query: `query ($id: String!) { citizen(personalIdNumber: $id) { fullName } }`, variables: { id: pid } });
  expect((response.body as Body).errors).toBeUndefined();
  const [row] = await sql<{ seq: string }>(
    `SELECT seq::text AS seq FROM access.access_records WHERE request_id = $1 AND subject_id = $2`,
    [response.headers['x-request-id'], pid],
  );
  return row.seq;
}

/** Waits (boundedly) for an app's log line that holds every one of `parts`; lines arrive through pipes. */
async function logLine(app: AppName, ...parts: string[]): Promise<string | undefined> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const found = lines.find((line) => line.startsWith(`[${app}]`) && parts.every((part) => line.includes(part)));
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return undefined;
}

/** The access records of auditors' reads of a citizen's disputes. */
const auditorReads = (pid: string) =>
  sql<{ caller_id: string; request_id: string; categories: string[]; fields: string[]; bases: object }>(
    `SELECT caller_id, request_id, categories, fields, bases FROM access.access_records
      WHERE caller_kind = 'auditor' AND subject_kind = 'citizen' AND subject_id = $1 ORDER BY seq`,
    [pid],
  );

beforeAll(async () => {
  graph = await startTestGraph({
    env: { LOG_LEVEL: 'log' },
    onLine: (app, line) => lines.push(`[${app}] ${line}`),
  });
  AUDITOR = `Bearer ${graph.tokens.mint({ kind: 'auditor', sub: 'aud-chi' })}`;
  OTHER_AUDITOR = `Bearer ${graph.tokens.mint({ kind: 'auditor', sub: 'aud-duc' })}`;
  seqs[AN] = await readBySocialInsurance(AN);
  seqs[BINH] = await readBySocialInsurance(BINH);
  const police = await request(graph.gatewayUrl)
    .post('/graphql')
    .set('Authorization', agencyAuthorization(graph, 'BCA-C06', 'CRIMINAL_INVESTIGATION'))
    .send({ query: `{ citizen(personalIdNumber: "${CHAU}") { fullName } }` });
  expect((police.body as Body).errors).toBeUndefined();
  const [sealed] = await sql<{ seq: string }>(
    `SELECT seq::text AS seq FROM access.access_records WHERE subject_id = $1 AND sealed_until > now()`,
    [CHAU],
  );
  seqs[CHAU] = sealed.seq;
});

afterAll(async () => {
  await graph?.close();
});

describe('a citizen disputes an entry of their access log', () => {
  it('opens a dispute on their own entry, version 1, with the entry as their tracker shows it and its history', async () => {
    const { body, requestId } = await gql(OPEN, { input: { seq: seqs[AN], text: `  ${TEXT}  ` } }, citizen(AN));
    expect(body.errors).toBeUndefined();
    const dispute = body.data!.disputeAccessEntry as Dispute;
    expect(dispute).toMatchObject({
      entrySeq: seqs[AN],
      personalIdNumber: AN,
      text: TEXT,
      status: 'OPEN',
      answer: null,
      decidedBy: null,
      decidedAt: null,
      version: 1,
      entry: { seq: seqs[AN], agencyCode: 'BHXH', purpose: 'SOCIAL_INSURANCE_ENROLMENT', fields: ['Citizen.fullName'] },
      // The full record is the auditors': the citizen reads the entry as the tracker shows it.
      accessRecord: null,
    });
    expect(dispute.history).toEqual([
      {
        version: 1,
        status: 'OPEN',
        text: TEXT,
        answer: null,
        changedByKind: 'CITIZEN',
        changedBy: AN,
        changedAt: dispute.openedAt,
        requestId,
        receipt: expect.any(String),
      },
    ]);
    // Recorded like a consent's grant: a line in the exchange's log, under the request's id.
    expect(await logLine('exchange', `[req ${requestId}]`, `citizen:${AN}`, dispute.id, seqs[AN])).toBeDefined();
  });

  it('refuses a second open dispute on the same entry with a stable code, writing nothing', async () => {
    const before = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM exchange.access_disputes`);
    const { body } = await gql(OPEN, { input: { seq: seqs[AN], text: 'Lần nữa' } }, citizen(AN));
    expect(codeOf(body)).toBe('ACCESS_DISPUTE_ALREADY_OPEN');
    expect(await sql<{ n: number }>(`SELECT count(*)::int AS n FROM exchange.access_disputes`)).toEqual(before);
  });

  it("answers someone else's entry, a sealed entry and a seq that does not exist alike, revealing nothing", async () => {
    const answers = await Promise.all(
      [seqs[BINH], seqs[CHAU], '999999999'].map(async (seq) => {
        const { body } = await gql(OPEN, { input: { seq, text: TEXT } }, citizen(AN));
        // The seq asked is echoed back; apart from it and the request id, every answer is the same.
        const { requestId: _id, ...rest } = body.errors?.[0]?.extensions ?? {};
        return JSON.stringify({ data: body.data, message: body.errors?.[0]?.message, rest }).replaceAll(seq, 'SEQ');
      }),
    );
    expect(answers[0]).toContain('ACCESS_ENTRY_NOT_FOUND');
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    // Châu herself cannot dispute the sealed entry before it opens: she does not know of it.
    const { body } = await gql(OPEN, { input: { seq: seqs[CHAU], text: TEXT } }, citizen(CHAU));
    expect(codeOf(body)).toBe('ACCESS_ENTRY_NOT_FOUND');
  });

  it('refuses bad input with a stable code: empty or overlong text, broken Unicode, a seq that is not a number', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ seq: seqs[AN], text: '   ' }, 'BAD_USER_INPUT'],
      [{ seq: seqs[AN], text: 'ạ'.repeat(2001) }, 'BAD_USER_INPUT'],
      [{ seq: seqs[AN], text: 'bad \u0000 text' }, 'INVALID_TEXT'],
      [{ seq: seqs[AN], text: 'bad \ud800 text' }, 'INVALID_TEXT'],
      [{ seq: '-1', text: TEXT }, 'BAD_USER_INPUT'],
      [{ seq: '1e3', text: TEXT }, 'BAD_USER_INPUT'],
      [{ seq: '99999999999999999999', text: TEXT }, 'BAD_USER_INPUT'],
    ];
    for (const [input, code] of cases) {
      const { body } = await gql(OPEN, { input }, citizen(BINH));
      expect({ input, code: codeOf(body) }).toEqual({ input, code });
    }
    expect(await sql(`SELECT 1 FROM exchange.access_disputes WHERE personal_id_number = $1`, [BINH])).toEqual([]);
  });

  it('keeps line breaks in a longer text, composed to NFC', async () => {
    const seq = await readBySocialInsurance(BINH);
    const decomposed = 'Tôi không biết\nvề lần đọc này.'.normalize('NFD');
    const dispute = await opened(BINH, seq, decomposed);
    expect(dispute.text).toBe('Tôi không biết\nvề lần đọc này.'.normalize('NFC'));
  });

  it("lists the citizen's own disputes, newest first, and nobody else's", async () => {
    const seq = await readBySocialInsurance(AN);
    const newer = await opened(AN, seq, 'Lần đọc thứ hai cũng lạ');
    const { body } = await gql(MINE, {}, citizen(AN));
    expect(body.errors).toBeUndefined();
    const mine = body.data!.myDisputes as Dispute[];
    expect(mine.map((dispute) => dispute.personalIdNumber)).toEqual(mine.map(() => AN));
    expect(mine[0].id).toBe(newer.id);
    expect(mine.map((dispute) => dispute.entrySeq)).toEqual([seq, seqs[AN]]);
    const dung = await gql(MINE, {}, citizen('031203000777'));
    expect(dung.body.data!.myDisputes).toEqual([]);
  });
});

describe('auditors review and answer disputes', () => {
  it('lists open disputes oldest first with the full access record, paged by opaque cursors, and records the read', async () => {
    const before = (await auditorReads(AN)).length;
    const first = await gql(LIST, { status: 'OPEN', first: 1 }, AUDITOR);
    expect(first.body.errors).toBeUndefined();
    const page = first.body.data!.accessDisputes as {
      nodes: Dispute[];
      pageInfo: { endCursor: string; hasNextPage: boolean };
    };
    expect(page.nodes).toHaveLength(1);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.pageInfo.endCursor).not.toContain(page.nodes[0].id);
    expect(page.nodes[0]).toMatchObject({
      entrySeq: seqs[AN],
      personalIdNumber: AN,
      accessRecord: {
        seq: seqs[AN],
        callerKind: 'agency',
        agencyCode: 'BHXH',
        agencyName: expect.any(String),
        officerId: 'CB-BHXH-07',
        caseReference: 'BHXH-HS-2026-0001',
        purpose: 'SOCIAL_INSURANCE_ENROLMENT',
        subjectId: AN,
        bases: [{ category: 'population.identity', kind: 'AGREEMENT', agreementNumber: expect.any(String) }],
      },
    });
    const second = await gql(LIST, { status: 'OPEN', first: 1, after: page.pageInfo.endCursor }, AUDITOR);
    const next = second.body.data!.accessDisputes as { nodes: Dispute[] };
    expect(next.nodes[0].id).not.toBe(page.nodes[0].id);
    // The auditor read An's dispute: a durable access record of it, under the request's id.
    const reads = await auditorReads(AN);
    expect(reads).toHaveLength(before + 1);
    expect(reads[reads.length - 1]).toMatchObject({
      caller_id: 'aud-chi',
      request_id: first.requestId,
      categories: ['exchange.dispute'],
      bases: { 'exchange.dispute': { kind: 'dispute', disputeIds: [page.nodes[0].id] } },
    });
  });

  it("shows the auditor's read of a dispute in the citizen's own tracker", async () => {
    const { body } = await gql(
      `query ($from: DateTime!, $to: DateTime!) { myAccessLog(from: $from, to: $to) { nodes { readerKind categories bases { kind } } } }`,
      { from: new Date(Date.now() - 3_600_000).toISOString(), to: new Date(Date.now() + 60_000).toISOString() },
      citizen(AN),
    );
    expect(body.errors).toBeUndefined();
    const nodes = (body.data!.myAccessLog as { nodes: { readerKind: string; bases: { kind: string }[] }[] }).nodes;
    expect(nodes.find((node) => node.readerKind === 'AUDITOR')).toMatchObject({
      categories: ['exchange.dispute'],
      bases: [{ kind: 'DISPUTE' }],
    });
  });

  it('takes a dispute up, then answers it; each change is a new version keeping the previous ones', async () => {
    const seq = await readBySocialInsurance(AN);
    const dispute = await opened(AN, seq);
    const review = await gql(REVIEW, { input: { id: dispute.id, expectedVersion: 1 } }, AUDITOR);
    expect(review.body.errors).toBeUndefined();
    const underReview = review.body.data!.reviewAccessDispute as Dispute;
    expect(underReview).toMatchObject({ status: 'UNDER_REVIEW', version: 2, reviewedBy: 'aud-chi', decidedBy: null });
    const answer = 'Bảo hiểm xã hội đã đọc họ tên của ông để đối chiếu hồ sơ BHXH-HS-2026-0001; lần đọc có căn cứ.';
    const answered = await gql(
      ANSWER,
      { input: { id: dispute.id, expectedVersion: 2, outcome: 'REJECTED', answer } },
      OTHER_AUDITOR,
    );
    expect(answered.body.errors).toBeUndefined();
    const decided = answered.body.data!.answerAccessDispute as Dispute;
    expect(decided).toMatchObject({
      status: 'REJECTED',
      version: 3,
      answer,
      reviewedBy: 'aud-chi',
      decidedBy: 'aud-duc',
    });
    expect(decided.decidedAt).not.toBeNull();
    expect(
      decided.history.map(({ version, status, answer: text, changedByKind, changedBy }) => ({
        version,
        status,
        text,
        changedByKind,
        changedBy,
      })),
    ).toEqual([
      { version: 1, status: 'OPEN', text: null, changedByKind: 'CITIZEN', changedBy: AN },
      { version: 2, status: 'UNDER_REVIEW', text: null, changedByKind: 'AUDITOR', changedBy: 'aud-chi' },
      { version: 3, status: 'REJECTED', text: answer, changedByKind: 'AUDITOR', changedBy: 'aud-duc' },
    ]);
    expect(decided.history[2].requestId).toBe(answered.requestId);
    // Each state has its receipt, signed with the registry's published key: the citizen's proof.
    const jwks = (await request(graph.gatewayUrl).get('/.well-known/jwks.json').expect(200)).body as JSONWebKeySet;
    const receipts = await Promise.all(
      decided.history.map(async ({ receipt }) => {
        const { payload, protectedHeader } = await compactVerify(receipt, createLocalJWKSet(jwks));
        expect(protectedHeader.typ).toBe('access-dispute-receipt+jwt');
        return JSON.parse(new TextDecoder().decode(payload)) as Record<string, unknown>;
      }),
    );
    expect(receipts).toMatchObject([
      { disputeId: dispute.id, version: 1, event: 'opened', subject: AN, entrySeq: seq, text: TEXT, answer: null },
      { version: 2, event: 'taken_up', status: 'under_review', changedBy: { kind: 'auditor', id: 'aud-chi' } },
      { version: 3, event: 'decided', status: 'rejected', answer, requestId: answered.requestId },
    ]);
    expect(
      await logLine('exchange', `[req ${answered.requestId}]`, 'auditor:aud-duc', dispute.id, 'rejected'),
    ).toBeDefined();
    // The citizen reads the answer on their own list.
    const mine = (await gql(MINE, {}, citizen(AN))).body.data!.myDisputes as Dispute[];
    expect(mine.find((one) => one.id === dispute.id)).toMatchObject({ status: 'REJECTED', answer, version: 3 });
    // Once decided, the entry may be disputed again.
    expect((await opened(AN, seq, 'Tôi vẫn không đồng ý')).status).toBe('OPEN');
  });

  it('refuses a stale expectedVersion with STALE_VERSION, and changes nothing', async () => {
    const seq = await readBySocialInsurance(BINH);
    const dispute = await opened(BINH, seq);
    await reviewed(dispute);
    const { body } = await gql(
      ANSWER,
      { input: { id: dispute.id, expectedVersion: 1, outcome: 'UPHELD', answer: 'Đúng là đọc sai' } },
      AUDITOR,
    );
    expect(errorOf(body as never)).toMatchObject({ code: 'STALE_VERSION', expectedVersion: 1, currentVersion: 2 });
    expect(await sql(`SELECT version, status FROM exchange.access_disputes WHERE id = $1`, [dispute.id])).toEqual([
      { version: 2, status: 'under_review' },
    ]);
  });

  it('refuses an illegal transition with a stable code: no answer before review, no change after an outcome', async () => {
    const seq = await readBySocialInsurance(BINH);
    const dispute = await opened(BINH, seq);
    const early = await gql(
      ANSWER,
      { input: { id: dispute.id, expectedVersion: 1, outcome: 'ANSWERED', answer: 'Sớm quá' } },
      AUDITOR,
    );
    expect(codeOf(early.body)).toBe('ACCESS_DISPUTE_STATE_CONFLICT');
    const underReview = await reviewed(dispute);
    const again = await gql(REVIEW, { input: { id: dispute.id, expectedVersion: 2 } }, AUDITOR);
    expect(codeOf(again.body)).toBe('ACCESS_DISPUTE_STATE_CONFLICT');
    const answered = await gql(
      ANSWER,
      {
        input: {
          id: dispute.id,
          expectedVersion: underReview.version,
          outcome: 'UPHELD',
          answer: 'Lần đọc này không có căn cứ.',
        },
      },
      AUDITOR,
    );
    expect(answered.body.errors).toBeUndefined();
    const late = await gql(
      ANSWER,
      { input: { id: dispute.id, expectedVersion: 3, outcome: 'REJECTED', answer: 'Đổi ý' } },
      AUDITOR,
    );
    expect(codeOf(late.body)).toBe('ACCESS_DISPUTE_STATE_CONFLICT');
    const missing = await gql(
      REVIEW,
      { input: { id: '00000000-0000-4000-8000-000000000000', expectedVersion: 1 } },
      AUDITOR,
    );
    expect(codeOf(missing.body)).toBe('ACCESS_DISPUTE_NOT_FOUND');
    const empty = await gql(
      ANSWER,
      { input: { id: dispute.id, expectedVersion: 3, outcome: 'UPHELD', answer: ' ' } },
      AUDITOR,
    );
    expect(codeOf(empty.body)).toBe('BAD_USER_INPUT');
  });

  it('lets no agency, steward, administrator or citizen list, review or answer, and no auditor open a dispute', async () => {
    const listed = (await gql(LIST, { status: 'OPEN', first: 1 }, AUDITOR)).body.data!.accessDisputes;
    const [dispute] = (listed as { nodes: Dispute[] }).nodes;
    const callers = [
      agencyAuthorization(graph, 'BHXH', 'SOCIAL_INSURANCE_ENROLMENT'),
      `Bearer ${graph.tokens.mint({ kind: 'steward', sub: 'st-alice', registry: 'population' })}`,
      `Bearer ${graph.tokens.mint({ kind: 'admin', sub: 'adm-an' })}`,
      citizen(AN),
    ];
    for (const caller of callers) {
      for (const [query, variables] of [
        [LIST, {}],
        [ONE, { id: dispute.id }],
        [REVIEW, { input: { id: dispute.id, expectedVersion: dispute.version } }],
        [ANSWER, { input: { id: dispute.id, expectedVersion: dispute.version, outcome: 'UPHELD', answer: 'Không' } }],
      ] as const) {
        const { body } = await gql(query, variables, caller);
        expect(body.data ?? null).toBeNull();
        expect(codeOf(body)).toBe('FORBIDDEN');
      }
    }
    for (const caller of [AUDITOR, agencyAuthorization(graph, 'BHXH', 'SOCIAL_INSURANCE_ENROLMENT')]) {
      expect(codeOf((await gql(OPEN, { input: { seq: seqs[AN], text: TEXT } }, caller)).body)).toBe('FORBIDDEN');
      expect(codeOf((await gql(MINE, {}, caller)).body)).toBe('FORBIDDEN');
    }
    expect(await sql(`SELECT version FROM exchange.access_disputes WHERE id = $1`, [dispute.id])).toEqual([
      { version: dispute.version },
    ]);
  });

  it('reads one dispute in full, recording the read; an unknown id is ACCESS_DISPUTE_NOT_FOUND', async () => {
    const seq = await readBySocialInsurance(BINH);
    const dispute = await opened(BINH, seq);
    const before = (await auditorReads(BINH)).length;
    const { body, requestId } = await gql(ONE, { id: dispute.id }, AUDITOR);
    expect(body.errors).toBeUndefined();
    expect(body.data!.accessDispute).toMatchObject({
      id: dispute.id,
      text: TEXT,
      accessRecord: { seq, agencyCode: 'BHXH', subjectId: BINH },
    });
    const reads = await auditorReads(BINH);
    expect(reads).toHaveLength(before + 1);
    expect(reads[reads.length - 1]).toMatchObject({ request_id: requestId, caller_id: 'aud-chi' });
    const missing = await gql(ONE, { id: '00000000-0000-4000-8000-000000000000' }, AUDITOR);
    expect(codeOf(missing.body)).toBe('ACCESS_DISPUTE_NOT_FOUND');
  });
});

describe('disputes under concurrency', () => {
  it('opens one dispute of two sent at once on the same entry; the other gets ACCESS_DISPUTE_ALREADY_OPEN', async () => {
    const seq = await readBySocialInsurance(AN);
    const answers = await Promise.all(
      [1, 2].map(() => gql(OPEN, { input: { seq, text: TEXT } }, citizen(AN)).then(({ body }) => body)),
    );
    expect(answers.map((body) => codeOf(body) ?? 'OPENED').sort()).toEqual(['ACCESS_DISPUTE_ALREADY_OPEN', 'OPENED']);
    expect(await sql(`SELECT status FROM exchange.access_disputes WHERE entry_seq = $1::bigint`, [seq])).toEqual([
      { status: 'open' },
    ]);
  });

  it('lets one of two auditors answering the same version win; the other gets STALE_VERSION', async () => {
    const seq = await readBySocialInsurance(AN);
    const dispute = await reviewed(await opened(AN, seq));
    const answers = await Promise.all(
      [
        [AUDITOR, 'UPHELD'],
        [OTHER_AUDITOR, 'REJECTED'],
      ].map(([auditor, outcome]) =>
        gql(
          ANSWER,
          { input: { id: dispute.id, expectedVersion: dispute.version, outcome, answer: `Kết luận: ${outcome}` } },
          auditor,
        ).then(({ body }) => body),
      ),
    );
    expect(answers.map((body) => codeOf(body) ?? 'DECIDED').sort()).toEqual(['DECIDED', 'STALE_VERSION']);
    const versions = await sql<{ version: number }>(
      `SELECT version FROM exchange.access_dispute_versions WHERE dispute_id = $1 ORDER BY version`,
      [dispute.id],
    );
    expect(versions.map((row) => row.version)).toEqual([1, 2, 3]);
  });
});

describe('fail closed', () => {
  it('shows an auditor nothing of a dispute when the read cannot be recorded', async () => {
    await opened(BINH, await readBySocialInsurance(BINH));
    await sql('ALTER TABLE access.access_records ADD CONSTRAINT ck_test_refuse_log_write CHECK (false) NOT VALID');
    try {
      const { body } = await gql(LIST, {}, AUDITOR);
      expect(body.data ?? null).toBeNull();
      expect(codeOf(body)).toBe('ACCESS_LOG_UNAVAILABLE');
      expect(JSON.stringify(body)).not.toContain(TEXT);
    } finally {
      await sql('ALTER TABLE access.access_records DROP CONSTRAINT ck_test_refuse_log_write');
    }
    expect((await gql(LIST, {}, AUDITOR)).body.errors).toBeUndefined();
  });

  it("changes nothing when the auditor's answer cannot be recorded with its read: the retry is served", async () => {
    const seq = await readBySocialInsurance(BINH);
    const dispute = await reviewed(await opened(BINH, seq));
    const input = { id: dispute.id, expectedVersion: dispute.version, outcome: 'ANSWERED', answer: 'Đã giải thích' };
    await sql('ALTER TABLE access.access_records ADD CONSTRAINT ck_test_refuse_log_write CHECK (false) NOT VALID');
    try {
      const { body } = await gql(ANSWER, { input }, AUDITOR);
      expect(body.data ?? null).toBeNull();
      expect(codeOf(body)).toBe('ACCESS_LOG_UNAVAILABLE');
    } finally {
      await sql('ALTER TABLE access.access_records DROP CONSTRAINT ck_test_refuse_log_write');
    }
    expect(await sql(`SELECT status, version FROM exchange.access_disputes WHERE id = $1`, [dispute.id])).toEqual([
      { status: 'under_review', version: 2 },
    ]);
    const retry = await gql(ANSWER, { input }, AUDITOR);
    expect(retry.body.errors).toBeUndefined();
    expect(retry.body.data!.answerAccessDispute).toMatchObject({ status: 'ANSWERED', version: 3 });
  });
});
