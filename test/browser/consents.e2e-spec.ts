import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startTestGraph, type TestGraph } from '../../tools/graph/start-graph';
import { agencyAuthorization, citizenAuthorization } from '../support/agencies';
import { errorOf, graphqlClient } from '../support/graphql';

// Demo citizens: An walks the whole flow; Bình meets a consent revoked elsewhere; Dũng refuses.
const AN = '001085012345';
const BINH = '079190004321';
const DUNG = '031203000777';
const BANK_NAME = 'Ngân hàng TMCP Minh Họa (ngân hàng mẫu)';

let graph: TestGraph;
let browser: Browser;
let BANK = '';

beforeAll(async () => {
  graph = await startTestGraph({ web: true });
  BANK = agencyAuthorization(graph, 'DEMO-BANK', 'ACCOUNT_OPENING_KYC');
  browser = await chromium.launch({
    executablePath: execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
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

async function signedIn(personalIdNumber: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN', acceptDownloads: true });
  const page = await context.newPage();
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

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations
    .filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''))
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
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
    expect(await seriousViolations(page)).toEqual([]);
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
    await page.context().close();
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
    await page.context().close();
  });

  it('refuses a request, passes axe with a request pending, and fits a 360 px phone', async () => {
    await bankAsks(DUNG);
    const page = await signedIn(DUNG, { width: 360, height: 780 });
    await page.goto(`${graph.webUrl}/consents`);
    await page.locator('article.consent-request').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
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
    await page.context().close();
  });
});
