import { Client } from 'pg';
import { startTestGraph, type TestGraph } from '../tools/graph/start-graph';
import { errorOf, graphqlClient } from './support/graphql';
import { onPostgres, waitForLockWaiters } from './support/postgres';

const AGREEMENT = `id agreementNumber version agencyCode categories purposes
  legalBasis { instrument article clause textVi } validFrom validTo requestsPerMinute recordsPerDay
  status proposedBy decidedBy supersedesId changeNote`;
const PROPOSE = `mutation($input: ProposeAgreementInput!) { proposeAgreement(input: $input) { ${AGREEMENT} } }`;
const APPROVE = `mutation($id: ID!) { approveAgreement(input: { id: $id }) { ${AGREEMENT} } }`;
const REJECT = `mutation($id: ID!) { rejectAgreement(input: { id: $id }) { ${AGREEMENT} } }`;
const AMEND = `mutation($input: AmendAgreementInput!) {
  amendAgreement(input: $input) { agreement { ${AGREEMENT} } changedTerms termsNeedingApproval }
}`;
const WITHDRAW = `mutation($number: String!, $note: String!) {
  withdrawAgreement(input: { agreementNumber: $number, note: $note }) { ${AGREEMENT} }
}`;
const LIST = `query($agencyCode: String, $status: AgreementStatus, $first: Int, $after: String) {
  agreements(agencyCode: $agencyCode, status: $status, first: $first, after: $after) {
    nodes { id agreementNumber version agencyCode status } pageInfo { endCursor hasNextPage } totalCount
  }
}`;
const ONE = `query($id: ID!) { agreement(id: $id) { ${AGREEMENT} versions { version status decidedBy } } }`;

interface Agreement {
  id: string;
  agreementNumber: string;
  version: number;
  agencyCode: string;
  status: string;
  categories: string[];
  requestsPerMinute: number | null;
}

const proposal = (overrides: Record<string, unknown> = {}) => ({
  agencyCode: 'BTC-CT-HN',
  categories: ['population.identity', 'population.residence', 'business.profile'],
  purposes: ['TAX_ADMINISTRATION'],
  legalBasis: {
    instrument: 'Luật Quản lý thuế số 38/2019/QH14',
    article: 'Điều 98',
    clause: 'Khoản 1',
    textVi: 'Cơ quan thuế được khai thác thông tin để quản lý thuế.',
  },
  validFrom: '2026-01-01T00:00:00.000Z',
  validTo: '2030-12-31T00:00:00.000Z',
  requestsPerMinute: 300,
  recordsPerDay: 50_000,
  note: 'Đề xuất theo công văn số 12/CT-HN',
  ...overrides,
});

describe('data-sharing agreements, through the gateway', () => {
  let graph: TestGraph;
  let AN = '';
  let BINH = '';
  let AUDITOR = '';
  let BHXH = '';
  let BANK = '';

  beforeAll(async () => {
    graph = await startTestGraph();
    const bearer = (token: string) => `Bearer ${token}`;
    AN = bearer(graph.tokens.mint({ kind: 'admin', sub: 'adm-an' }));
    BINH = bearer(graph.tokens.mint({ kind: 'admin', sub: 'adm-binh' }));
    AUDITOR = bearer(graph.tokens.mint({ kind: 'auditor', sub: 'aud-chi' }));
    const agency = (sub: string, code: string, purpose: string) =>
      bearer(graph.tokens.mint({ kind: 'agency', sub, agency: code, purpose, scope: 'population.identity' }));
    BHXH = agency('bhxh-demo', 'BHXH', 'SOCIAL_INSURANCE_ENROLMENT');
    BANK = agency('demo-bank-demo', 'DEMO-BANK', 'ACCOUNT_OPENING_KYC');
  });

  afterAll(async () => {
    await graph?.close();
  });

  const gql = graphqlClient(() => graph.gatewayUrl);

  /** The policy's own lookup (libs/access reads agreements with this SQL): what is in force now. */
  const inForce = async (agencyCode: string, purpose: string) =>
    graph.database.dataSource.query<{ agreement_number: string; version: number; categories: string[] }[]>(
      `SELECT agreement_number, version, categories FROM access.agreements
        WHERE agency_code = $1 AND status = 'approved' AND $2 = ANY(purposes)
          AND valid_from <= now() AND (valid_to IS NULL OR valid_to > now())
        ORDER BY agreement_number`,
      [agencyCode, purpose],
    );
  const rowCount = async () =>
    (await graph.database.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM access.agreements'))[0].n;
  const propose = async (overrides: Record<string, unknown> = {}) => {
    const response = await gql(PROPOSE, { input: proposal(overrides) }, AN);
    return response.body.data.proposeAgreement as Agreement;
  };
  const approved = async (overrides: Record<string, unknown> = {}) => {
    const proposed = await propose(overrides);
    return (await gql(APPROVE, { id: proposed.id }, BINH)).body.data.approveAgreement as Agreement;
  };

  it('holds the demo agreements: one in force for each agency with a legal basis, none for the bank', async () => {
    const page = (await gql(LIST, { status: 'APPROVED', first: 100 }, AN)).body.data.agreements;
    expect(page.nodes.map((a: Agreement) => [a.agreementNumber, a.agencyCode])).toEqual([
      ['DSA-2026-0001', 'BHXH'],
      ['DSA-2026-0002', 'BTC-CT'],
      ['DSA-2026-0003', 'HN-TTPVHCC'],
      ['DSA-2026-0004', 'BCA-C06'],
    ]);
    expect(await inForce('BHXH', 'SOCIAL_INSURANCE_ENROLMENT')).toEqual([
      {
        agreement_number: 'DSA-2026-0001',
        version: 1,
        categories: [
          'business.profile',
          'business.representatives',
          'population.family',
          'population.identity',
          'population.residence',
        ],
      },
    ]);
    expect(await inForce('DEMO-BANK', 'ACCOUNT_OPENING_KYC')).toEqual([]);
  });

  it('puts a proposal in force only when a second administrator approves it (four eyes)', async () => {
    const proposed = await propose();
    expect(proposed).toMatchObject({
      agreementNumber: expect.stringMatching(/^DSA-20\d\d-\d{4}$/),
      version: 1,
      status: 'PROPOSED',
      proposedBy: 'adm-an',
      decidedBy: null,
      categories: ['business.profile', 'population.identity', 'population.residence'],
    });
    expect(await inForce('BTC-CT-HN', 'TAX_ADMINISTRATION')).toEqual([]);

    // The same operator id in another case is the same administrator.
    const anShouting = `Bearer ${graph.tokens.mint({ kind: 'admin', sub: 'ADM-AN' })}`;
    for (const mutation of [APPROVE, REJECT]) {
      for (const self of [AN, anShouting]) {
        expect(errorOf((await gql(mutation, { id: proposed.id }, self)).body)).toEqual({
          code: 'SELF_APPROVAL_FORBIDDEN',
        });
      }
    }
    expect(errorOf((await gql(APPROVE, { id: proposed.id }, AUDITOR)).body)).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf((await gql(APPROVE, { id: proposed.id }, BHXH)).body)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await inForce('BTC-CT-HN', 'TAX_ADMINISTRATION')).toEqual([]);

    const decided = (await gql(APPROVE, { id: proposed.id }, BINH)).body.data.approveAgreement;
    expect(decided).toMatchObject({ status: 'APPROVED', proposedBy: 'adm-an', decidedBy: 'adm-binh' });
    expect(await inForce('BTC-CT-HN', 'TAX_ADMINISTRATION')).toEqual([
      expect.objectContaining({ agreement_number: proposed.agreementNumber, version: 1 }),
    ]);
    expect(errorOf((await gql(APPROVE, { id: proposed.id }, BINH)).body)).toEqual({
      code: 'AGREEMENT_NOT_PROPOSED',
      id: proposed.id,
      status: 'approved',
    });
  });

  it('lets a second administrator reject a proposal, which never takes effect', async () => {
    const proposed = await propose({ agencyCode: 'HN-TTPVHCC', purposes: ['PUBLIC_SERVICE_PROCEDURE'] });
    const rejected = (await gql(REJECT, { id: proposed.id }, BINH)).body.data.rejectAgreement;
    expect(rejected).toMatchObject({ status: 'REJECTED', decidedBy: 'adm-binh' });
    expect(errorOf((await gql(APPROVE, { id: proposed.id }, BINH)).body)).toMatchObject({
      code: 'AGREEMENT_NOT_PROPOSED',
    });
    const amend = {
      agreementNumber: proposed.agreementNumber,
      expectedVersion: 1,
      changes: { requestsPerMinute: 1 },
      note: 'x',
    };
    expect(errorOf((await gql(AMEND, { input: amend }, AN)).body)).toMatchObject({ code: 'AGREEMENT_NOT_IN_FORCE' });
  });

  it('puts a narrowing in force at once, superseding the old version in the same step', async () => {
    const v1 = await approved();
    const response = await gql(
      AMEND,
      {
        input: {
          agreementNumber: v1.agreementNumber,
          expectedVersion: 1,
          changes: { categories: ['population.identity', 'business.profile'], requestsPerMinute: 100 },
          note: 'Thu hẹp theo kết luận thanh tra',
        },
      },
      AN,
    );
    expect(response.body.data.amendAgreement).toMatchObject({
      agreement: {
        agreementNumber: v1.agreementNumber,
        version: 2,
        status: 'APPROVED',
        proposedBy: 'adm-an',
        decidedBy: 'adm-an',
        supersedesId: v1.id,
        categories: ['business.profile', 'population.identity'],
        requestsPerMinute: 100,
        recordsPerDay: 50_000,
        changeNote: 'Thu hẹp theo kết luận thanh tra',
      },
      changedTerms: ['categories', 'requestsPerMinute'],
      termsNeedingApproval: [],
    });
    const rows = (await inForce('BTC-CT-HN', 'TAX_ADMINISTRATION')).filter(
      (row) => row.agreement_number === v1.agreementNumber,
    );
    expect(rows).toEqual([
      { agreement_number: v1.agreementNumber, version: 2, categories: ['business.profile', 'population.identity'] },
    ]);
    const versions = (await gql(ONE, { id: v1.id }, AUDITOR)).body.data.agreement.versions;
    expect(versions).toEqual([
      { version: 1, status: 'SUPERSEDED', decidedBy: 'adm-binh' },
      { version: 2, status: 'APPROVED', decidedBy: 'adm-an' },
    ]);
  });

  it('keeps the old version in force while a widening waits for a second administrator', async () => {
    const v1 = await approved();
    const widen = (expectedVersion: number, changes: Record<string, unknown>) =>
      gql(AMEND, { input: { agreementNumber: v1.agreementNumber, expectedVersion, changes, note: 'Mở rộng' } }, AN);

    const proposed = (await widen(1, { categories: [...v1.categories, 'population.family'], recordsPerDay: null })).body
      .data.amendAgreement;
    expect(proposed).toMatchObject({
      agreement: { version: 2, status: 'PROPOSED', decidedBy: null, supersedesId: v1.id },
      changedTerms: ['categories', 'recordsPerDay'],
      termsNeedingApproval: ['categories', 'recordsPerDay'],
    });
    const mine = async () =>
      (await inForce('BTC-CT-HN', 'TAX_ADMINISTRATION')).filter((row) => row.agreement_number === v1.agreementNumber);
    expect((await mine()).map((row) => row.version)).toEqual([1]);

    // One open proposal at a time.
    expect(errorOf((await widen(1, { requestsPerMinute: 1000 })).body)).toEqual({
      code: 'AGREEMENT_CHANGE_PENDING',
      agreementNumber: v1.agreementNumber,
      pendingVersion: 2,
    });
    expect(errorOf((await gql(APPROVE, { id: proposed.agreement.id }, AN)).body)).toEqual({
      code: 'SELF_APPROVAL_FORBIDDEN',
    });
    expect((await mine()).map((row) => row.version)).toEqual([1]);

    const decided = (await gql(APPROVE, { id: proposed.agreement.id }, BINH)).body.data.approveAgreement;
    expect(decided).toMatchObject({ version: 2, status: 'APPROVED', decidedBy: 'adm-binh' });
    expect(await mine()).toEqual([
      {
        agreement_number: v1.agreementNumber,
        version: 2,
        categories: ['business.profile', 'population.family', 'population.identity', 'population.residence'],
      },
    ]);
    const versions = (await gql(ONE, { id: v1.id }, AN)).body.data.agreement.versions;
    expect(versions.map((v: { status: string }) => v.status)).toEqual(['SUPERSEDED', 'APPROVED']);
  });

  it('refuses an amendment based on a version no longer in force, changing nothing', async () => {
    const v1 = await approved();
    const amend = (expectedVersion: number, requestsPerMinute: number) =>
      gql(
        AMEND,
        { input: { agreementNumber: v1.agreementNumber, expectedVersion, changes: { requestsPerMinute }, note: 'x' } },
        AN,
      );
    expect((await amend(1, 200)).body.data.amendAgreement.agreement.version).toBe(2);
    const before = await rowCount();
    expect(errorOf((await amend(1, 100)).body)).toEqual({
      code: 'STALE_VERSION',
      agreementNumber: v1.agreementNumber,
      expectedVersion: 1,
      currentVersion: 2,
    });
    expect(errorOf((await amend(2, 200)).body)).toEqual({ code: 'NO_CHANGE' });
    expect(await rowCount()).toBe(before);
  });

  it('closes a waiting widening when a narrowing takes effect first, since it was built on the old terms', async () => {
    const v1 = await approved();
    const amend = (changes: Record<string, unknown>) =>
      gql(AMEND, { input: { agreementNumber: v1.agreementNumber, expectedVersion: 1, changes, note: 'x' } }, AN);
    const widening = (await amend({ requestsPerMinute: 1000 })).body.data.amendAgreement.agreement;
    const narrowing = (await amend({ validTo: '2027-01-01T00:00:00.000Z' })).body.data.amendAgreement.agreement;
    expect(narrowing).toMatchObject({ version: 3, status: 'APPROVED', requestsPerMinute: 300 });
    expect(errorOf((await gql(APPROVE, { id: widening.id }, BINH)).body)).toMatchObject({
      code: 'AGREEMENT_NOT_PROPOSED',
      status: 'superseded',
    });
    const versions = (await gql(ONE, { id: v1.id }, AN)).body.data.agreement.versions;
    expect(versions.map((v: { status: string }) => v.status)).toEqual(['SUPERSEDED', 'SUPERSEDED', 'APPROVED']);
  });

  it('withdraws an agreement at once, recording who and why', async () => {
    const v1 = await approved();
    const withdrawn = (await gql(WITHDRAW, { number: v1.agreementNumber, note: 'Hết nhu cầu khai thác' }, AN)).body.data
      .withdrawAgreement;
    expect(withdrawn).toMatchObject({
      version: 2,
      status: 'WITHDRAWN',
      proposedBy: 'adm-an',
      decidedBy: 'adm-an',
      supersedesId: v1.id,
      changeNote: 'Hết nhu cầu khai thác',
    });
    expect((await inForce('BTC-CT-HN', 'TAX_ADMINISTRATION')).map((row) => row.agreement_number)).not.toContain(
      v1.agreementNumber,
    );
    expect(errorOf((await gql(WITHDRAW, { number: v1.agreementNumber, note: 'again' }, BINH)).body)).toMatchObject({
      code: 'AGREEMENT_NOT_IN_FORCE',
    });
    const amend = {
      agreementNumber: v1.agreementNumber,
      expectedVersion: 1,
      changes: { requestsPerMinute: 1 },
      note: 'x',
    };
    expect(errorOf((await gql(AMEND, { input: amend }, AN)).body)).toMatchObject({ code: 'AGREEMENT_NOT_IN_FORCE' });
    expect(errorOf((await gql(WITHDRAW, { number: 'DSA-2026-9999', note: 'x' }, AN)).body)).toEqual({
      code: 'AGREEMENT_NOT_FOUND',
      agreementNumber: 'DSA-2026-9999',
    });
  });

  it('lets one of several concurrent amendments of a version through, and numbers concurrent proposals apart', async () => {
    const v1 = await approved();
    const responses = await Promise.all(
      [250, 200, 150, 100].map((requestsPerMinute, i) =>
        gql(
          AMEND,
          {
            input: {
              agreementNumber: v1.agreementNumber,
              expectedVersion: 1,
              changes: { requestsPerMinute },
              note: `race ${i}`,
            },
          },
          i % 2 ? AN : BINH,
        ),
      ),
    );
    expect(responses.filter((response) => response.body.data?.amendAgreement)).toHaveLength(1);
    expect(responses.filter((response) => errorOf(response.body)?.code === 'STALE_VERSION')).toHaveLength(3);
    const versions = (await gql(ONE, { id: v1.id }, AN)).body.data.agreement.versions;
    expect(versions.map((v: { status: string }) => v.status)).toEqual(['SUPERSEDED', 'APPROVED']);

    const proposals = await Promise.all([1, 2, 3, 4].map(() => propose()));
    expect(new Set(proposals.map((p) => p.agreementNumber)).size).toBe(4);
  });

  onPostgres(
    'tells an amendment queued behind another on the same version that it is stale, not that nothing is in force',
    'the embedded server has one backend, so two amendments never wait on the same rows at once',
    async () => {
      const v1 = await approved();
      // Holds the agreement's rows, so that both amendments start, take their snapshot and queue.
      const holder = new Client({ connectionString: graph.database.env.DATABASE_URL });
      await holder.connect();
      try {
        await holder.query('BEGIN');
        await holder.query('SELECT id FROM access.agreements WHERE agreement_number = $1 FOR UPDATE', [
          v1.agreementNumber,
        ]);
        const amendments = Promise.all(
          [200, 100].map((requestsPerMinute, i) =>
            gql(
              AMEND,
              {
                input: {
                  agreementNumber: v1.agreementNumber,
                  expectedVersion: 1,
                  changes: { requestsPerMinute },
                  note: `queued ${i}`,
                },
              },
              i ? AN : BINH,
            ),
          ),
        );
        await waitForLockWaiters(graph.database.dataSource, {
          applicationName: 'sochung-exchange',
          queryLike: '%"AgreementEntity"%',
          count: 2,
        });
        await holder.query('COMMIT');
        const responses = await amendments;
        expect(responses.filter((response) => response.body.data?.amendAgreement)).toHaveLength(1);
        expect(responses.map((response) => errorOf(response.body)?.code).filter(Boolean)).toEqual(['STALE_VERSION']);
      } finally {
        await holder.query('ROLLBACK').catch(() => undefined);
        await holder.end();
      }
    },
  );

  it.each([
    [
      'an unknown category',
      { categories: ['population.identity', 'population.dna'] },
      { code: 'UNKNOWN_CATEGORY', field: 'categories' },
    ],
    [
      'a malformed category',
      { categories: ['Population Identity'] },
      { code: 'UNKNOWN_CATEGORY', field: 'categories' },
    ],
    ['no category', { categories: [] }, { code: 'BAD_USER_INPUT', field: 'categories' }],
    [
      'an unknown purpose',
      { purposes: ['TAX_ADMINISTRATION', 'MARKETING'] },
      { code: 'UNKNOWN_PURPOSE', field: 'purposes' },
    ],
    ['an unknown agency', { agencyCode: 'NO-SUCH' }, { code: 'AGENCY_NOT_FOUND', agencyCode: 'NO-SUCH' }],
    [
      'a window that ends before it starts',
      { validTo: '2025-12-31T00:00:00.000Z' },
      { code: 'INVALID_VALIDITY_WINDOW', field: 'validTo' },
    ],
    [
      'a window that ends as it starts',
      { validTo: '2026-01-01T00:00:00.000Z' },
      { code: 'INVALID_VALIDITY_WINDOW', field: 'validTo' },
    ],
    ['a rate limit of zero', { requestsPerMinute: 0 }, { code: 'INVALID_LIMIT', field: 'requestsPerMinute' }],
    ['a negative daily limit', { recordsPerDay: -5 }, { code: 'INVALID_LIMIT', field: 'recordsPerDay' }],
    [
      'no legal text for citizens',
      { legalBasis: { ...proposal().legalBasis, textVi: ' ' } },
      { code: 'BAD_USER_INPUT', field: 'legalBasis.textVi' },
    ],
  ])('refuses a proposal with %s with a stable code, writing nothing', async (_case, overrides, error) => {
    const before = await rowCount();
    const response = await gql(PROPOSE, { input: proposal(overrides) }, AN);
    expect(response.status).toBe(200);
    expect(errorOf(response.body)).toEqual(error);
    expect(await rowCount()).toBe(before);
  });

  it('refuses a bad amendment with the same codes, writing nothing', async () => {
    const v1 = await approved();
    const before = await rowCount();
    const amend = (changes: Record<string, unknown>) =>
      gql(AMEND, { input: { agreementNumber: v1.agreementNumber, expectedVersion: 1, changes, note: 'x' } }, AN);
    expect(errorOf((await amend({ categories: ['population.secret'] })).body)).toMatchObject({
      code: 'UNKNOWN_CATEGORY',
    });
    expect(errorOf((await amend({ purposes: ['NOPE'] })).body)).toMatchObject({ code: 'UNKNOWN_PURPOSE' });
    expect(errorOf((await amend({ validFrom: '2031-01-01T00:00:00.000Z' })).body)).toMatchObject({
      code: 'INVALID_VALIDITY_WINDOW',
    });
    expect(errorOf((await amend({ requestsPerMinute: 0 })).body)).toMatchObject({ code: 'INVALID_LIMIT' });
    const unknown = {
      agreementNumber: 'DSA-2026-9999',
      expectedVersion: 1,
      changes: { requestsPerMinute: 1 },
      note: 'x',
    };
    expect(errorOf((await gql(AMEND, { input: unknown }, AN)).body)).toMatchObject({ code: 'AGREEMENT_NOT_FOUND' });
    expect(errorOf((await gql(APPROVE, { id: v1.id }, BINH)).body)).toMatchObject({ code: 'AGREEMENT_NOT_PROPOSED' });
    expect(errorOf((await gql(APPROVE, { id: '00000000-0000-4000-8000-000000000000' }, BINH)).body)).toMatchObject({
      code: 'AGREEMENT_NOT_FOUND',
    });
    expect(errorOf((await gql(APPROVE, { id: 'not-a-uuid' }, BINH)).body)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'id',
    });
    expect(await rowCount()).toBe(before);
  });

  it("shows an agency its own agency's agreements only", async () => {
    const own = (await gql(LIST, { first: 100 }, BHXH)).body.data.agreements;
    expect(own.nodes.map((a: Agreement) => [a.agreementNumber, a.agencyCode, a.status])).toEqual([
      ['DSA-2026-0001', 'BHXH', 'APPROVED'],
    ]);
    expect(own.totalCount).toBe(1);
    expect((await gql(ONE, { id: own.nodes[0].id }, BHXH)).body.data.agreement).toMatchObject({
      agreementNumber: 'DSA-2026-0001',
      legalBasis: { instrument: 'Nghị định 70/2024/NĐ-CP' },
      versions: [{ version: 1, status: 'APPROVED' }],
    });

    const other = await gql(LIST, { agencyCode: 'BTC-CT' }, BHXH);
    expect(other.body.data).toBeNull();
    expect(errorOf(other.body)).toEqual({
      code: 'FORBIDDEN',
      reason: 'OTHER_AGENCY',
      callerAgency: 'BHXH',
      requestedAgency: 'BTC-CT',
    });
    const taxAgreement = (await gql(LIST, { agencyCode: 'BTC-CT', first: 1 }, AUDITOR)).body.data.agreements.nodes[0];
    expect(errorOf((await gql(ONE, { id: taxAgreement.id }, BHXH)).body)).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'OTHER_AGENCY',
    });

    expect((await gql(LIST, {}, BANK)).body.data.agreements).toEqual({
      nodes: [],
      pageInfo: { endCursor: null, hasNextPage: false },
      totalCount: 0,
    });
    expect(errorOf((await gql(PROPOSE, { input: proposal({ agencyCode: 'BHXH' }) }, BHXH)).body)).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(errorOf((await gql(LIST, {})).body)).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('pages through versions with opaque cursors', async () => {
    const all = (await gql(LIST, { first: 100 }, AUDITOR)).body.data.agreements;
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: {
        nodes: Agreement[];
        pageInfo: { endCursor: string | null; hasNextPage: boolean };
        totalCount: number;
      } = (await gql(LIST, { first: 3, after }, AUDITOR)).body.data.agreements;
      expect(page.totalCount).toBe(all.totalCount);
      seen.push(...page.nodes.map((a) => `${a.agreementNumber}/${a.version}`));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.nodes.map((a: Agreement) => `${a.agreementNumber}/${a.version}`));
    expect(errorOf((await gql(LIST, { after: 'bm90LWEtY3Vyc29y' }, AUDITOR)).body)).toEqual({
      code: 'INVALID_CURSOR',
      field: 'after',
    });
  });
});
