import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compactVerify, createLocalJWKSet, type JSONWebKeySet } from 'jose';
import request from 'supertest';
import { CONSENT_RECEIPT_JWS_TYPE, verifyConsentReceipt } from '../apps/exchange/src/consents/consent-receipt';
import { distDir, startTestGraph, type TestGraph } from '../tools/graph/start-graph';
import { agencyAuthorization, citizenAuthorization } from './support/agencies';
import { errorOf, graphqlClient } from './support/graphql';

const AN = '001085012345';
const BINH = '079190004321';
const CUONG = '048088007654';
const ASKED = ['population.contact', 'population.identity', 'population.residence'];
const TOOL = join(distDir(), 'tools', 'verify-receipt', 'main.js');

const REQUEST_FIELDS = `id agency { code nameVi } purpose { code textVi } personalIdNumber categories validFrom validTo
  fetchType maxReadsPerDay dataLifeDays status requestedAt answerBy decidedAt consentId`;
const CONSENT_FIELDS = `id requestId agency { code nameVi } purpose { code textVi } personalIdNumber categories
  validFrom validTo fetchType maxReadsPerDay dataLifeDays status grantedAt revokedAt useCount`;
const CHANGE = `consent { ${CONSENT_FIELDS} } receipt { id consentId event issuedAt jws }`;
const REQUEST = `mutation($input: RequestConsentInput!) { requestConsent(input: $input) { ${REQUEST_FIELDS} } }`;
const GRANT = `mutation($input: GrantConsentInput!) { grantConsent(input: $input) { ${CHANGE} } }`;
const REFUSE = `mutation($id: ID!) { refuseConsentRequest(requestId: $id) { ${REQUEST_FIELDS} } }`;
const PAUSE = `mutation($id: ID!) { pauseConsent(id: $id) { ${CHANGE} } }`;
const RESUME = `mutation($id: ID!) { resumeConsent(id: $id) { ${CHANGE} } }`;
const REVOKE = `mutation($id: ID!) { revokeConsent(id: $id) { ${CHANGE} } }`;
const MY_REQUESTS = `query($status: ConsentRequestStatus) { myConsentRequests(status: $status) { ${REQUEST_FIELDS} } }`;
const MY_CONSENTS = `query($status: ConsentStatus) { myConsents(status: $status) { ${CONSENT_FIELDS} } }`;
const ONE_REQUEST = `query($id: ID!) { consentRequest(requestId: $id) { id status consentId } }`;
const AGENCY_REQUESTS = `query($status: ConsentRequestStatus, $first: Int, $after: String) {
  agencyConsentRequests(status: $status, first: $first, after: $after) {
    nodes { id agency { code } personalIdNumber status consentId } pageInfo { endCursor hasNextPage }
  }
}`;
const AGENCY_CONSENTS = `query($status: ConsentStatus) {
  agencyConsents(status: $status, first: 100) { nodes { id agency { code } personalIdNumber status categories } }
}`;
const RECEIPTS = `query($id: ID!) { consentReceipts(consentId: $id) { id consentId event issuedAt jws } }`;

interface ConsentRequest {
  id: string;
  agency: { code: string; nameVi: string };
  purpose: { code: string; textVi: string };
  status: string;
  categories: string[];
  consentId: string | null;
}
interface Consent {
  id: string;
  status: string;
  categories: string[];
}
interface Receipt {
  id: string;
  event: string;
  jws: string;
}

let graph: TestGraph;
let BANK = '';
let BHXH = '';
let jwks: JSONWebKeySet;

beforeAll(async () => {
  graph = await startTestGraph();
  BANK = agencyAuthorization(graph, 'DEMO-BANK', 'ACCOUNT_OPENING_KYC');
  BHXH = agencyAuthorization(graph, 'BHXH', 'SOCIAL_INSURANCE_ENROLMENT');
  jwks = JSON.parse((await request(graph.gatewayUrl).get('/.well-known/jwks.json').expect(200)).text) as JSONWebKeySet;
});

afterAll(async () => {
  await graph?.close();
});

const gql = graphqlClient(() => graph.gatewayUrl);
const citizen = (pid: string) => citizenAuthorization(graph, pid);
const days = (n: number) => new Date(Date.now() + n * 24 * 3600 * 1000).toISOString();
const asking = (overrides: Record<string, unknown> = {}) => ({
  personalIdNumber: AN,
  categories: ASKED,
  validTo: days(90),
  fetchType: 'PERIODIC',
  maxReadsPerDay: 5,
  dataLifeDays: 30,
  ...overrides,
});
const sql = <T>(text: string, parameters: unknown[] = []) => graph.database.dataSource.query<T[]>(text, parameters);
const rowCounts = async () =>
  (
    await sql<{ n: string }>(
      `SELECT (SELECT count(*) FROM exchange.consent_requests) || '/' || (SELECT count(*) FROM access.consents)
         || '/' || (SELECT count(*) FROM exchange.consent_receipts) AS n`,
    )
  )[0].n;

async function ask(overrides: Record<string, unknown> = {}, agency = BANK): Promise<ConsentRequest> {
  const response = await gql(REQUEST, { input: asking(overrides) }, agency);
  expect(response.body.errors).toBeUndefined();
  return response.body.data.requestConsent as ConsentRequest;
}

async function granted(
  pid = AN,
  categories?: string[],
  agency = BANK,
): Promise<{ consent: Consent; receipt: Receipt }> {
  const asked = await ask({ personalIdNumber: pid }, agency);
  const response = await gql(GRANT, { input: { requestId: asked.id, categories } }, citizen(pid));
  expect(response.body.errors).toBeUndefined();
  return response.body.data.grantConsent as { consent: Consent; receipt: Receipt };
}

/** Closes every open request, so that each test starts under the open-request limit. */
async function closeOpenRequests(): Promise<void> {
  await sql(`UPDATE exchange.consent_requests SET status = 'withdrawn' WHERE status = 'pending'`);
}

beforeEach(closeOpenRequests);

describe('an agency asks for consent', () => {
  it('shows the citizen the agency name and purpose text, pending for seven days', async () => {
    const asked = await ask();
    expect(asked).toMatchObject({
      agency: { code: 'DEMO-BANK', nameVi: 'Ngân hàng TMCP Minh Họa (ngân hàng mẫu)' },
      purpose: { code: 'ACCOUNT_OPENING_KYC' },
      personalIdNumber: AN,
      categories: ASKED,
      fetchType: 'PERIODIC',
      maxReadsPerDay: 5,
      dataLifeDays: 30,
      status: 'PENDING',
      consentId: null,
    });
    expect(asked.purpose.textVi).not.toBe('ACCOUNT_OPENING_KYC');
    const answerBy = Date.parse((asked as unknown as { answerBy: string }).answerBy);
    expect(Math.abs(answerBy - Date.now() - 7 * 24 * 3600 * 1000)).toBeLessThan(60_000);

    const pending = (await gql(MY_REQUESTS, { status: 'PENDING' }, citizen(AN))).body.data.myConsentRequests;
    expect(pending).toEqual([expect.objectContaining({ id: asked.id, agency: asked.agency, purpose: asked.purpose })]);
    expect((await gql(MY_REQUESTS, { status: 'PENDING' }, citizen(BINH))).body.data.myConsentRequests).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an enterprise category', { categories: ['population.identity', 'business.profile'] }, 'UNKNOWN_CATEGORY'],
    ['an unknown category', { categories: ['population.shoe_size'] }, 'UNKNOWN_CATEGORY'],
    ['no category', { categories: [] }, 'BAD_USER_INPUT'],
    ['a window starting in the past', { validFrom: days(-2) }, 'CONSENT_WINDOW_INVALID'],
    ['a window ending before it starts', { validFrom: days(10), validTo: days(5) }, 'CONSENT_WINDOW_INVALID'],
    ['a window longer than a year', { validTo: days(400) }, 'CONSENT_WINDOW_INVALID'],
    ['a periodic consent without a daily cap', { maxReadsPerDay: null }, 'INVALID_FETCH_LIMIT'],
    ['a daily cap on a one-time consent', { fetchType: 'ONE_TIME', maxReadsPerDay: 3 }, 'INVALID_FETCH_LIMIT'],
    ['no data life', { dataLifeDays: 0 }, 'INVALID_DATA_LIFE'],
    ['a malformed personal ID number', { personalIdNumber: '12345' }, 'INVALID_PERSONAL_ID'],
  ])('refuses %s, writing nothing', async (_case, overrides, code) => {
    const before = await rowCounts();
    const response = await gql(REQUEST, { input: asking(overrides) }, BANK);
    expect(errorOf(response.body)).toMatchObject({ code });
    expect(await rowCounts()).toBe(before);
  });

  it('refuses a purpose the catalogue does not know', async () => {
    const response = await gql(
      REQUEST,
      { input: asking() },
      agencyAuthorization(graph, 'DEMO-BANK', 'NOT_IN_CATALOGUE'),
    );
    expect(errorOf(response.body)).toMatchObject({ code: 'UNKNOWN_PURPOSE' });
  });

  it('lets an agency keep at most three requests open to one citizen', async () => {
    for (let i = 0; i < 3; i++) await ask({ personalIdNumber: BINH });
    const before = await rowCounts();
    const fourth = await gql(REQUEST, { input: asking({ personalIdNumber: BINH }) }, BANK);
    expect(errorOf(fourth.body)).toMatchObject({ code: 'TOO_MANY_OPEN_REQUESTS' });
    expect(await rowCounts()).toBe(before);
    // Another agency, and another citizen, are counted apart.
    await ask({ personalIdNumber: BINH }, BHXH);
    await ask({ personalIdNumber: CUONG });
  });

  it('is for agencies only', async () => {
    expect(errorOf((await gql(REQUEST, { input: asking() }, citizen(AN))).body)).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('the citizen decides', () => {
  it('grants part of what was asked, with a receipt, and the request is answered', async () => {
    const asked = await ask();
    const response = await gql(
      GRANT,
      { input: { requestId: asked.id, categories: ['population.identity', 'population.residence'] } },
      citizen(AN),
    );
    const { consent, receipt } = response.body.data.grantConsent as { consent: Consent; receipt: Receipt };
    expect(consent).toMatchObject({
      requestId: asked.id,
      categories: ['population.identity', 'population.residence'],
      status: 'ACTIVE',
      useCount: 0,
      agency: { code: 'DEMO-BANK' },
    });
    expect(receipt).toMatchObject({ consentId: consent.id, event: 'GRANTED' });
    expect((await gql(ONE_REQUEST, { id: asked.id }, BANK)).body.data.consentRequest).toEqual({
      id: asked.id,
      status: 'GRANTED',
      consentId: consent.id,
    });
    // What the policy reads: exactly the granted categories, active.
    expect(await sql(`SELECT categories, status, use_count FROM access.consents WHERE id = $1`, [consent.id])).toEqual([
      { categories: ['population.identity', 'population.residence'], status: 'active', use_count: 0 },
    ]);
    const again = await gql(GRANT, { input: { requestId: asked.id } }, citizen(AN));
    expect(errorOf(again.body)).toMatchObject({ code: 'CONSENT_REQUEST_CLOSED' });
  });

  it('grants everything asked by default', async () => {
    const { consent } = await granted();
    expect(consent.categories).toEqual(ASKED);
  });

  it.each<[string, () => Promise<Record<string, unknown>>, string, Record<string, unknown>]>([
    [
      'more than asked',
      async () => ({ requestId: (await ask({ categories: ['population.identity'] })).id, categories: ASKED }),
      'CONSENT_WIDER_THAN_REQUESTED',
      {},
    ],
    [
      'an unknown request',
      () => Promise.resolve({ requestId: '00000000-0000-4000-8000-000000000000' }),
      'CONSENT_REQUEST_NOT_FOUND',
      {},
    ],
    ['a malformed id', () => Promise.resolve({ requestId: 'nope' }), 'BAD_USER_INPUT', {}],
    [
      "another citizen's request",
      async () => ({ requestId: (await ask({ personalIdNumber: BINH })).id }),
      'FORBIDDEN',
      { reason: 'NOT_YOUR_REQUEST' },
    ],
  ])('refuses to grant %s, writing nothing', async (_case, input, code, details) => {
    const variables = { input: await input() };
    const before = await rowCounts();
    const response = await gql(GRANT, variables, citizen(AN));
    expect(errorOf(response.body)).toMatchObject({ code, ...details });
    expect(await rowCounts()).toBe(before);
  });

  it('refuses a request; it can then not be granted', async () => {
    const asked = await ask();
    const other = await gql(REFUSE, { id: asked.id }, citizen(BINH));
    expect(errorOf(other.body)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_YOUR_REQUEST' });
    const refused = (await gql(REFUSE, { id: asked.id }, citizen(AN))).body.data.refuseConsentRequest;
    expect(refused).toMatchObject({ id: asked.id, status: 'REFUSED', consentId: null });
    const grant = await gql(GRANT, { input: { requestId: asked.id } }, citizen(AN));
    expect(errorOf(grant.body)).toMatchObject({ code: 'CONSENT_REQUEST_CLOSED', status: 'refused' });
    expect((await gql(MY_REQUESTS, { status: 'REFUSED' }, citizen(AN))).body.data.myConsentRequests).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: asked.id })]),
    );
  });

  it('lets an unanswered request expire: silence is not consent', async () => {
    const asked = await ask({ personalIdNumber: CUONG });
    await sql(`UPDATE exchange.consent_requests SET answer_by = now() - interval '1 minute' WHERE id = $1`, [asked.id]);
    const expired = (await gql(MY_REQUESTS, { status: 'EXPIRED' }, citizen(CUONG))).body.data.myConsentRequests;
    expect(expired.map((r: ConsentRequest) => r.id)).toContain(asked.id);
    const pending = (await gql(MY_REQUESTS, { status: 'PENDING' }, citizen(CUONG))).body.data.myConsentRequests;
    expect(pending.map((r: ConsentRequest) => r.id)).not.toContain(asked.id);
    const grant = await gql(GRANT, { input: { requestId: asked.id } }, citizen(CUONG));
    expect(errorOf(grant.body)).toMatchObject({ code: 'CONSENT_REQUEST_CLOSED', status: 'expired' });
    // An expired request no longer counts against the agency's open requests.
    for (let i = 0; i < 3; i++) await ask({ personalIdNumber: CUONG });
  });

  it('pauses, resumes and revokes, each with a receipt; revoking twice is refused', async () => {
    const { consent } = await granted();
    const paused = (await gql(PAUSE, { id: consent.id }, citizen(AN))).body.data.pauseConsent;
    expect(paused).toMatchObject({ consent: { status: 'PAUSED' }, receipt: { event: 'PAUSED' } });
    expect(errorOf((await gql(PAUSE, { id: consent.id }, citizen(AN))).body)).toMatchObject({
      code: 'CONSENT_STATE_CONFLICT',
    });
    const resumed = (await gql(RESUME, { id: consent.id }, citizen(AN))).body.data.resumeConsent;
    expect(resumed).toMatchObject({ consent: { status: 'ACTIVE' }, receipt: { event: 'RESUMED' } });
    expect(errorOf((await gql(RESUME, { id: consent.id }, citizen(AN))).body)).toMatchObject({
      code: 'CONSENT_STATE_CONFLICT',
    });

    const before = await rowCounts();
    for (const mutation of [PAUSE, RESUME, REVOKE]) {
      const response = await gql(mutation, { id: consent.id }, citizen(BINH));
      expect(errorOf(response.body)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_YOUR_CONSENT' });
    }
    expect(await rowCounts()).toBe(before);

    const revoked = (await gql(REVOKE, { id: consent.id }, citizen(AN))).body.data.revokeConsent;
    expect(revoked).toMatchObject({ consent: { status: 'REVOKED' }, receipt: { event: 'REVOKED' } });
    expect(revoked.consent.revokedAt).toEqual(expect.any(String));
    const twice = await gql(REVOKE, { id: consent.id }, citizen(AN));
    expect(errorOf(twice.body)).toMatchObject({ code: 'CONSENT_ALREADY_REVOKED' });
    expect(errorOf((await gql(RESUME, { id: consent.id }, citizen(AN))).body)).toMatchObject({
      code: 'CONSENT_STATE_CONFLICT',
    });
    expect(await sql(`SELECT status FROM access.consents WHERE id = $1`, [consent.id])).toEqual([
      { status: 'revoked' },
    ]);

    const receipts = (await gql(RECEIPTS, { id: consent.id }, citizen(AN))).body.data.consentReceipts as Receipt[];
    expect(receipts.map((receipt) => receipt.event)).toEqual(['GRANTED', 'PAUSED', 'RESUMED', 'REVOKED']);
    const mine = (await gql(MY_CONSENTS, { status: 'REVOKED' }, citizen(AN))).body.data.myConsents as Consent[];
    expect(mine.map((c) => c.id)).toContain(consent.id);
  });

  it('shows a consent whose window has ended as EXPIRED, and will not pause it', async () => {
    const { consent } = await granted(CUONG);
    await sql(
      `UPDATE access.consents SET valid_from = now() - interval '2 days', valid_to = now() - interval '1 day' WHERE id = $1`,
      [consent.id],
    );
    const expired = (await gql(MY_CONSENTS, { status: 'EXPIRED' }, citizen(CUONG))).body.data.myConsents as Consent[];
    expect(expired.map((c) => c.id)).toContain(consent.id);
    const active = (await gql(MY_CONSENTS, { status: 'ACTIVE' }, citizen(CUONG))).body.data.myConsents as Consent[];
    expect(active.map((c) => c.id)).not.toContain(consent.id);
    expect(errorOf((await gql(PAUSE, { id: consent.id }, citizen(CUONG))).body)).toMatchObject({
      code: 'CONSENT_STATE_CONFLICT',
      status: 'expired',
    });
  });

  it('is for citizens only', async () => {
    const asked = await ask();
    expect(errorOf((await gql(GRANT, { input: { requestId: asked.id } }, BANK)).body)).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(errorOf((await gql(MY_CONSENTS, {}, BANK)).body)).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('an agency sees its own requests and consents only', () => {
  it('lists its own, with their status, and is refused the receipts of another agency', async () => {
    const bank = await granted(BINH);
    const bhxh = await granted(BINH, undefined, BHXH);
    await gql(REVOKE, { id: bank.consent.id }, citizen(BINH));

    const bankConsents = (await gql(AGENCY_CONSENTS, {}, BANK)).body.data.agencyConsents.nodes as Consent[];
    expect(bankConsents.map((c) => c.id)).toContain(bank.consent.id);
    expect(bankConsents.map((c) => c.id)).not.toContain(bhxh.consent.id);
    expect(bankConsents.find((c) => c.id === bank.consent.id)?.status).toBe('REVOKED');
    const revoked = (await gql(AGENCY_CONSENTS, { status: 'REVOKED' }, BANK)).body.data.agencyConsents.nodes;
    expect(revoked.every((c: Consent & { agency: { code: string } }) => c.agency.code === 'DEMO-BANK')).toBe(true);

    const bhxhConsents = (await gql(AGENCY_CONSENTS, {}, BHXH)).body.data.agencyConsents.nodes as Consent[];
    expect(bhxhConsents.map((c) => c.id)).toEqual([bhxh.consent.id]);

    const requests: { id: string; agency: { code: string } }[] = [];
    let after: string | null = null;
    do {
      const page: {
        nodes: { id: string; agency: { code: string } }[];
        pageInfo: { endCursor: string; hasNextPage: boolean };
      } = (await gql(AGENCY_REQUESTS, { first: 2, after }, BANK)).body.data.agencyConsentRequests;
      requests.push(...page.nodes);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(requests.length).toBeGreaterThan(2);
    expect(new Set(requests.map((r: { id: string }) => r.id)).size).toBe(requests.length);
    expect(requests.every((r: { agency: { code: string } }) => r.agency.code === 'DEMO-BANK')).toBe(true);

    expect((await gql(RECEIPTS, { id: bank.consent.id }, BANK)).body.data.consentReceipts).toHaveLength(2);
    expect(errorOf((await gql(RECEIPTS, { id: bank.consent.id }, BHXH)).body)).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NOT_YOUR_CONSENT',
    });
    expect(errorOf((await gql(RECEIPTS, { id: bank.consent.id }, citizen(AN))).body)).toMatchObject({
      code: 'FORBIDDEN',
    });
    const asked = await ask({ personalIdNumber: CUONG });
    expect(errorOf((await gql(ONE_REQUEST, { id: asked.id }, BHXH)).body)).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf((await gql(AGENCY_REQUESTS, { after: 'forged' }, BANK)).body)).toMatchObject({
      code: 'INVALID_CURSOR',
    });
  });
});

describe('consent receipts', () => {
  let scratch: string;

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'verify-receipt-'));
  });

  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  const alter = (jws: string, change: (claims: Record<string, unknown>) => void) => {
    const [header, payload, signature] = jws.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    change(claims);
    return [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
  };

  it('verify with /.well-known/jwks.json alone and say what was consented to', async () => {
    const { consent, receipt } = await granted(AN, ['population.identity', 'population.contact']);
    const { payload, protectedHeader } = await compactVerify(receipt.jws, createLocalJWKSet(jwks));
    expect(protectedHeader.typ).toBe(CONSENT_RECEIPT_JWS_TYPE);
    const claims = JSON.parse(new TextDecoder().decode(payload)) as Record<string, unknown>;
    expect(claims).toMatchObject({
      jti: receipt.id,
      consentId: consent.id,
      event: 'granted',
      subject: AN,
      agency: { code: 'DEMO-BANK', nameVi: 'Ngân hàng TMCP Minh Họa (ngân hàng mẫu)' },
      purpose: { code: 'ACCOUNT_OPENING_KYC', textVi: expect.any(String) },
      categories: ['population.contact', 'population.identity'],
      fetchType: 'periodic',
      maxReadsPerDay: 5,
      dataLifeDays: 30,
      status: 'active',
    });
    const verdict = await verifyConsentReceipt(receipt.jws, jwks);
    expect(verdict).toMatchObject({ ok: true, artefact: { consentId: consent.id, event: 'granted' } });
  });

  it('fail when altered, or checked against another key set', async () => {
    const { receipt } = await granted();
    const wider = alter(receipt.jws, (claims) => {
      (claims.categories as string[]).push('population.family');
    });
    await expect(compactVerify(wider, createLocalJWKSet(jwks))).rejects.toThrow();
    expect(await verifyConsentReceipt(wider, jwks)).toEqual({
      ok: false,
      code: 'SIGNATURE_INVALID',
      reason: 'the signature does not verify',
    });
    const unrevoked = alter(receipt.jws, (claims) => {
      claims.status = 'revoked';
    });
    expect((await verifyConsentReceipt(unrevoked, jwks)).ok).toBe(false);
    const otherKeys = { keys: jwks.keys.map((key) => ({ ...key, kid: 'someone-else' })) };
    expect(await verifyConsentReceipt(receipt.jws, otherKeys)).toMatchObject({ ok: false, code: 'KEY_NOT_FOUND' });
    expect(await verifyConsentReceipt('not.a.jws', jwks)).toMatchObject({ ok: false, code: 'JWS_MALFORMED' });
  });

  it('are checked by npm run verify-receipt: exit 0 when it verifies, 1 when not, 2 when it cannot tell', async () => {
    const { receipt, consent } = await granted();
    const jwksFile = join(scratch, 'jwks.json');
    writeFileSync(jwksFile, JSON.stringify(jwks));
    const receiptFile = join(scratch, 'receipt.jws');
    writeFileSync(receiptFile, `${receipt.jws}\n`);
    const altered = join(scratch, 'altered.jws');
    writeFileSync(
      altered,
      alter(receipt.jws, (claims) => (claims.dataLifeDays = 3650)),
    );

    const good = await verifyReceipt(receiptFile, '--jwks', jwksFile);
    expect(good.code).toBe(0);
    expect(good.stdout).toContain(consent.id);
    expect(good.stdout).toContain('"subject": "001085012345"');
    expect((await verifyReceipt(receipt.jws, '--jwks', `${graph.gatewayUrl}/.well-known/jwks.json`)).code).toBe(0);
    const bad = await verifyReceipt(altered, '--jwks', jwksFile);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('does NOT verify');
    expect((await verifyReceipt('--jwks', jwksFile)).code).toBe(2);
    expect((await verifyReceipt(receiptFile, '--jwks', join(scratch, 'missing.json'))).code).toBe(2);
  });

  function verifyReceipt(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
      execFile(
        process.execPath,
        [TOOL, ...args],
        { env: { PATH: process.env.PATH }, cwd: scratch, encoding: 'utf8' },
        (error, stdout, stderr) => resolve({ code: error ? (error.code as number) : 0, stdout, stderr }),
      );
    });
  }
});
