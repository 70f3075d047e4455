import { startTestGraph, type TestGraph } from '../../tools/graph/start-graph';
import { agencyAuthorization, citizenAuthorization } from '../support/agencies';
import { graphqlClient } from '../support/graphql';
import { expectAccessible } from './support/axe';
import { launchBrowser, type TestBrowser } from './support/browser';
import { screenshot } from './support/screenshots';
import type { Page } from 'playwright-core';

const AN = '001085012345';
const BANK_NAME = 'Ngân hàng TMCP Minh Họa (ngân hàng mẫu)';
const RULES = `{ myAccessRules { category byLaw { agencyName citation { instrument article clause textVi } } } }`;

let graph: TestGraph;
let browser: TestBrowser;
const gql = graphqlClient(() => graph.gatewayUrl);

beforeAll(async () => {
  graph = await startTestGraph({ web: true });
  // An has consented to the demo bank reading identity and residence (not contact).
  const asked = await gql(
    `mutation($input: RequestConsentInput!) { requestConsent(input: $input) { id } }`,
    {
      input: {
        personalIdNumber: AN,
        categories: ['population.identity', 'population.residence', 'population.contact'],
        validTo: new Date(Date.now() + 90 * 86_400_000).toISOString(),
        fetchType: 'PERIODIC',
        maxReadsPerDay: 5,
        dataLifeDays: 30,
      },
    },
    agencyAuthorization(graph, 'DEMO-BANK', 'ACCOUNT_OPENING_KYC'),
  );
  const granted = await gql(
    `mutation($input: GrantConsentInput!) { grantConsent(input: $input) { consent { id } } }`,
    {
      input: {
        requestId: asked.body.data.requestConsent.id,
        categories: ['population.identity', 'population.residence'],
      },
    },
    citizenAuthorization(graph, AN),
  );
  expect(granted.body.errors).toBeUndefined();
  browser = await launchBrowser();
  const page = await browser.newPage();
  await page.goto(`${graph.webUrl}/record`);
  await page.getByLabel('Công dân mẫu').selectOption(AN);
  await page.getByRole('button', { name: 'Đăng nhập với tư cách công dân này' }).click();
  await page.getByRole('heading', { level: 1, name: 'Hồ sơ của tôi' }).waitFor();
  await page.close();
});

afterAll(async () => {
  await browser?.close();
  await graph?.close();
});

afterEach(() => {
  expect(browser.pageErrors).toEqual([]);
});

async function myRecord(viewport?: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage(viewport);
  await page.goto(`${graph.webUrl}/record`);
  await value(page, 'fullName').waitFor();
  return page;
}

const section = (page: Page, category: string) => page.locator(`section[data-category="${category}"]`);
const value = (page: Page, field: string) => page.locator(`dd[data-field="${field}"]`);

describe('my record', () => {
  it('shows what the registries hold, by data category in words, with my enterprises', async () => {
    const page = await myRecord();
    await section(page, 'population.identity')
      .getByRole('heading', { name: 'Nhân thân và giấy tờ tùy thân' })
      .waitFor();
    expect(await value(page, 'fullName').textContent()).toBe('Nguyễn Văn An');
    expect(await value(page, 'sex').textContent()).toBe('Nam');
    expect(await value(page, 'birthDate').textContent()).toContain('1985');
    expect(await value(page, 'nationality').textContent()).toBe('Việt Nam');
    expect(
      await section(page, 'population.identity')
        .getByRole('heading', { name: 'Giấy tờ tùy thân', exact: true })
        .count(),
    ).toBe(1);
    expect(
      await section(page, 'population.residence').locator('dd[data-field="permanentResidence"]').textContent(),
    ).toBe('Số 12 phố Hàng Bạc, phường Hoàn Kiếm, Hà Nội');
    // Nothing held is said as such, not left blank.
    expect(await value(page, 'phone').textContent()).toBe('Không có thông tin');

    const roles = section(page, 'business.representatives');
    await roles.getByRole('heading', { name: 'Vai trò trong doanh nghiệp' }).waitFor();
    const rows = await roles.locator('tbody tr').allTextContents();
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/0100003212.*Người đại diện theo pháp luật.*Giám đốc/),
        expect.stringMatching(/0100003212.*Chủ sở hữu.*5\.000\.000\.000 đồng/),
      ]),
    );
    await expectAccessible(page);
    await screenshot(page, 'record');
    await page.close();
  });

  it('says, for each category, which agencies may read it by law with the citation, and which by my consent', async () => {
    const page = await myRecord();
    const rules = (await gql(RULES, {}, citizenAuthorization(graph, AN))).body.data.myAccessRules as {
      category: string;
      byLaw: { agencyName: string; citation: { article: string; instrument: string; textVi: string } }[];
    }[];
    expect(rules.some((rule) => rule.byLaw.length > 0)).toBe(true);
    for (const rule of rules) {
      const shown = page.locator(`section[data-rules="${rule.category}"]`);
      await shown.getByRole('heading', { name: 'Ai được đọc dữ liệu này' }).waitFor();
      const law = await shown.locator('li[data-agency]').allTextContents();
      expect(law).toHaveLength(rule.byLaw.length);
      for (const agreement of rule.byLaw) {
        const provision = `${agreement.citation.article}, ${agreement.citation.instrument}`;
        expect(law.some((row) => row.includes(agreement.agencyName) && row.includes(provision))).toBe(true);
        expect(law.join('\n')).toContain(agreement.citation.textVi);
      }
      if (rule.byLaw.length === 0) await shown.getByText('Không cơ quan nào được đọc dữ liệu này').waitFor();
    }
    const consented = async (category: string) =>
      page.locator(`section[data-rules="${category}"] li[data-consent-id]`).allTextContents();
    expect(await consented('population.identity')).toEqual([expect.stringContaining(BANK_NAME)]);
    expect(await consented('population.residence')).toEqual([expect.stringContaining(BANK_NAME)]);
    expect(await consented('population.contact')).toEqual([]);
    await page.close();
  });

  it('is switched to English by the language buttons', async () => {
    const page = await myRecord();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'My record' }).waitFor();
    expect(await value(page, 'sex').textContent()).toBe('Male');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.close();
  });

  it('fits a 360 px wide phone without sideways scrolling', async () => {
    const page = await myRecord({ width: 360, height: 740 });
    await section(page, 'population.identity').locator('section[data-rules]').waitFor();
    // Evaluated in the page (a string: the test's own TypeScript knows no DOM).
    const overflow = await page.evaluate<number>(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page);
    await page.close();
  });
});
