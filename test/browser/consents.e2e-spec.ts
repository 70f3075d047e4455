import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { startTestGraph, type TestGraph } from '../../tools/graph/start-graph';
import { agencyAuthorization, citizenAuthorization } from '../support/agencies';
import { errorOf, graphqlClient } from '../support/graphql';
import { expectAccessible } from './support/axe';
import { launchBrowser, type TestBrowser } from './support/browser';
import { screenshot } from './support/screenshots';

// Demo citizens: An walks the whole flow; Bình meets a consent revoked elsewhere; Dũng refuses; Hoa is sent a forged receipt.
const AN = '001085012345';
const BINH = '079190004321';
const DUNG = '031203000777';
const HOA = '092195001122';
const BANK_NAME = 'Ngân hàng TMCP Minh Họa (ngân hàng mẫu)';

let graph: TestGraph;
/** One browser (one profile, one session) per citizen signed in. */
const browsers: TestBrowser[] = [];
let BANK = '';

beforeAll(async () => {
  graph = await startTestGraph({ web: true });
  BANK = agencyAuthorization(graph, 'DEMO-BANK', 'ACCOUNT_OPENING_KYC');
});

afterAll(async () => {
  await graph?.close();
});

const gql = graphqlClient(() => graph.gatewayUrl);
const days = (n: number) => new Date(Date.now() + n * 24 * 3600 * 1000).toISOString();

/** The demo bank asks, as the README's consent example does. */
async function bankAsks(personalIdNumber: string): Promise<string> {
  const response = await gql(
    `mutation($input: RequestConsentInput!) { requestConsent(input: $input) { id } }`,
    {
      input: {
        personalIdNumber,
        categories: ['population.identity', 'population.residence', 'population.contact'],
        validTo: days(90),
        fetchType: 'PERIODIC',
        maxReadsPerDay: 5,
        dataLifeDays: 30,
      },
    },
    BANK,
  );
  expect(response.body.errors).toBeUndefined();
  return response.body.data.requestConsent.id as string;
}

/** The bank reads a name (identity) and an address (residence) of the citizen. */
async function bankReads(personalIdNumber: string) {
  const response = await gql(
    `query($id: String!) { citizen(personalIdNumber: $id) { fullName permanentResidence { address } } }`,
    { id: personalIdNumber },
    BANK,
  );
  return response.body as {
    data: { citizen: { fullName: string | null; permanentResidence: { address: string } | null } | null };
    errors?: { path?: string[]; extensions: Record<string, unknown> }[];
  };
}

afterEach(async () => {
  for (const browser of browsers.splice(0)) {
    expect(browser.pageErrors).toEqual([]);
    await browser.close();
  }
});

async function signedIn(personalIdNumber: string, viewport?: { width: number; height: number }): Promise<Page> {
  const browser = await launchBrowser();
  browsers.push(browser);
  const page = await browser.newPage(viewport);
  await page.goto(`${graph.webUrl}/record`);
  await page.getByLabel('Công dân mẫu').selectOption(personalIdNumber);
  await page.getByRole('button', { name: 'Đăng nhập với tư cách công dân này' }).click();
  await page.getByRole('heading', { level: 1, name: 'Hồ sơ của tôi' }).waitFor();
  return page;
}

/** Presses Tab until the focused control is the one named (its text, or its label's): the keyboard's own path. */
async function tabTo(page: Page, name: string, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate<string>(`(() => {
      const element = document.activeElement;
      if (!element) return '';
      return ((element.labels && element.labels[0]) || element).textContent.trim();
    })()`);
    if (focused === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

const outcome = (page: Page) => page.getByTestId('consent-outcome');
const ofStatus = (page: Page, status: string) => page.locator(`section[data-status="${status}"]`);

describe('consents, by keyboard alone', () => {
  it('grants part of the bank’s request, the bank reads it, the citizen revokes, the bank is refused', async () => {
    await bankAsks(AN);
    const page = await signedIn(AN);

    // To the consents page by the navigation.
    await tabTo(page, 'Đồng ý chia sẻ');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Đồng ý chia sẻ dữ liệu' }).waitFor();
    const request = page.locator('article.consent-request');
    await request.getByRole('heading', { name: BANK_NAME }).waitFor();
    const asked = await request.textContent();
    expect(asked).toContain('tối đa 5 lần mỗi ngày');
    expect(asked).toContain('30 ngày kể từ khi đọc');
    expect(asked).toContain('Hạn trả lời');
    await expectAccessible(page);
    await screenshot(page, 'consent-request');

    // Contact details are not for the bank: untick them, agree to the rest.
    await tabTo(page, 'Thông tin liên lạc');
    await page.keyboard.press('Space');
    await tabTo(page, 'Đồng ý phần đã chọn');
    await page.keyboard.press('Enter');
    await outcome(page).getByText(`Bạn đã đồng ý cho ${BANK_NAME} đọc`).waitFor();
    await page.getByText('Không có yêu cầu nào đang chờ bạn trả lời.').waitFor();
    const active = ofStatus(page, 'ACTIVE').locator('article.consent');
    expect(await active.count()).toBe(1);
    expect(await active.textContent()).toContain('Nơi cư trú');
    expect(await active.textContent()).not.toContain('Thông tin liên lạc');

    // The bank's read is allowed for what was granted.
    const allowed = await bankReads(AN);
    expect(allowed.data.citizen).toMatchObject({ fullName: 'Nguyễn Văn An' });
    expect(allowed.data.citizen?.permanentResidence?.address).toBeTruthy();

    // The receipt: shown, its signature checked in the page, downloadable as the API gives it.
    await tabTo(page, 'Xem biên nhận');
    await page.keyboard.press('Enter');
    const receipt = active.locator('.receipt-list li').first();
    await receipt.locator('[data-check="valid"]').waitFor();
    expect(await receipt.textContent()).toContain('Chữ ký hợp lệ');
    await screenshot(page, 'consents');
    await tabTo(page, 'Tải biên nhận (.jwt)');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const consentId = (await active.getAttribute('data-consent-id'))!;
    const receipts = await gql(
      `query($id: ID!) { consentReceipts(consentId: $id) { id jws } }`,
      { id: consentId },
      citizenAuthorization(graph, AN),
    );
    const [{ id: receiptId, jws }] = receipts.body.data.consentReceipts as { id: string; jws: string }[];
    expect(download.suggestedFilename()).toBe(`consent-receipt-${receiptId}.jwt`);
    expect(readFileSync(await download.path(), 'utf8')).toBe(jws);

    // Revoke, confirmed in a dialog that opens on "keep it".
    await tabTo(page, 'Thu hồi');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Thu hồi đồng ý?' });
    await dialog.waitFor();
    await expectAccessible(page);
    expect(await page.evaluate<string>('document.activeElement.textContent')).toBe('Không, giữ lại');
    await page.keyboard.press('Tab');
    expect(await page.evaluate<string>('document.activeElement.textContent')).toBe('Thu hồi đồng ý');
    await page.keyboard.press('Enter');
    await outcome(page).getByText(`Đã thu hồi đồng ý cho ${BANK_NAME}`).waitFor();
    expect(await ofStatus(page, 'REVOKED').locator('article.consent').count()).toBe(1);
    expect(await ofStatus(page, 'ACTIVE').locator('article.consent').count()).toBe(0);

    // From the very next read, the bank is refused.
    const refused = await bankReads(AN);
    expect(refused.data.citizen?.fullName ?? null).toBeNull();
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CONSENT_REVOKED' });
  });
});

describe('the consents page', () => {
  it('says in Vietnamese that a consent was revoked elsewhere, and shows it revoked', async () => {
    const requestId = await bankAsks(BINH);
    const citizen = citizenAuthorization(graph, BINH);
    const granted = await gql(
      `mutation($input: GrantConsentInput!) { grantConsent(input: $input) { consent { id } } }`,
      { input: { requestId } },
      citizen,
    );
    const consentId = granted.body.data.grantConsent.consent.id as string;
    const page = await signedIn(BINH);
    await page.goto(`${graph.webUrl}/consents`);
    await ofStatus(page, 'ACTIVE').locator(`article[data-consent-id="${consentId}"]`).waitFor();

    // Meanwhile, on another device.
    const elsewhere = await gql(
      `mutation($id: ID!) { revokeConsent(id: $id) { consent { status } } }`,
      { id: consentId },
      citizen,
    );
    expect(elsewhere.body.errors).toBeUndefined();

    await page.getByRole('button', { name: 'Thu hồi', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Thu hồi đồng ý' }).click();
    await outcome(page).getByText('Đồng ý này đã được thu hồi trước đó (có thể từ một thiết bị khác).').waitFor();
    await ofStatus(page, 'REVOKED').locator(`article[data-consent-id="${consentId}"]`).waitFor();
    expect(await ofStatus(page, 'ACTIVE').locator('article.consent').count()).toBe(0);
  });

  it('refuses a request, passes axe with a request pending, and fits a 360 px phone', async () => {
    await bankAsks(DUNG);
    const page = await signedIn(DUNG, { width: 360, height: 780 });
    await page.goto(`${graph.webUrl}/consents`);
    await page.locator('article.consent-request').waitFor();
    await expectAccessible(page);
    const overflow = await page.evaluate<number>(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);

    await page.getByRole('button', { name: 'Từ chối' }).click();
    await outcome(page).getByText(`Bạn đã từ chối yêu cầu của ${BANK_NAME}.`).waitFor();
    expect(await page.locator('article.consent-request').count()).toBe(0);
    const after = await gql(
      `query { myConsentRequests(status: REFUSED) { id } }`,
      {},
      citizenAuthorization(graph, DUNG),
    );
    expect(after.body.data.myConsentRequests).toHaveLength(1);
    expect(errorOf(after.body)).toBeUndefined();
  });

  it('tells a receipt altered on its way from a genuine one', async () => {
    const requestId = await bankAsks(HOA);
    const granted = await gql(
      `mutation($input: GrantConsentInput!) { grantConsent(input: $input) { consent { id } } }`,
      { input: { requestId } },
      citizenAuthorization(graph, HOA),
    );
    expect(granted.body.errors).toBeUndefined();
    const page = await signedIn(HOA);
    // What a tampering relay would do: the receipts arrive with their categories widened.
    await page.route('**/graphql', async (route) => {
      if (!route.request().postData()?.includes('consentReceipts')) return route.continue();
      const response = await route.fetch();
      const body = await response.json();
      for (const receipt of body.data.consentReceipts as { jws: string }[]) {
        const [header, payload, signature] = receipt.jws.split('.');
        const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
        claims.categories = [...claims.categories, 'population.health'];
        receipt.jws = [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
      }
      await route.fulfill({ response, json: body });
    });
    await page.goto(`${graph.webUrl}/consents`);
    const consent = ofStatus(page, 'ACTIVE').locator('article.consent');
    await consent.getByText('Xem biên nhận').click();
    const check = consent.locator('.receipt-list li [data-check]');
    await check.waitFor();
    expect(await check.getAttribute('data-check')).toBe('invalid');
    expect(await check.textContent()).toContain('Chữ ký KHÔNG hợp lệ (SIGNATURE_INVALID)');
  });
});
