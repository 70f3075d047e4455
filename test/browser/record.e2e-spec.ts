import { execFileSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startTestGraph, type TestGraph } from '../../tools/graph/start-graph';

const AN = '001085012345';

let graph: TestGraph;
let browser: Browser;

beforeAll(async () => {
  graph = await startTestGraph({ web: true });
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

async function signedIn(personalIdNumber: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN' });
  const page = await context.newPage();
  await page.goto(`${graph.webUrl}/record`);
  await page.getByLabel('Công dân mẫu').selectOption(personalIdNumber);
  await page.getByRole('button', { name: 'Đăng nhập với tư cách công dân này' }).click();
  await page.getByRole('heading', { level: 1, name: 'Hồ sơ của tôi' }).waitFor();
  return page;
}

const section = (page: Page, category: string) => page.locator(`section[data-category="${category}"]`);
const value = (page: Page, field: string) => page.locator(`dd[data-field="${field}"]`);

describe('my record', () => {
  it('shows what the registries hold, by data category in words, with my enterprises', async () => {
    const page = await signedIn(AN);
    await section(page, 'population.identity')
      .getByRole('heading', { name: 'Nhân thân và giấy tờ tùy thân' })
      .waitFor();
    expect(await value(page, 'fullName').textContent()).toBe('Nguyễn Văn An');
    expect(await value(page, 'sex').textContent()).toBe('Nam');
    expect(await value(page, 'birthDate').textContent()).toContain('1985');
    expect(await value(page, 'nationality').textContent()).toBe('Việt Nam');
    await expect(
      section(page, 'population.identity').getByRole('heading', { name: 'Giấy tờ tùy thân', exact: true }).count(),
    ).resolves.toBe(1);
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
    await page.context().close();
  });

  it('is switched to English by the language buttons', async () => {
    const page = await signedIn(AN);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'My record' }).waitFor();
    expect(await value(page, 'sex').textContent()).toBe('Male');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.context().close();
  });

  it('has no serious or critical accessibility violation', async () => {
    const page = await signedIn(AN);
    await value(page, 'fullName').waitFor();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    const serious = results.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''));
    expect(
      serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
    ).toEqual([]);
    await page.context().close();
  });

  it('fits a 360 px wide phone without sideways scrolling', async () => {
    const page = await signedIn(AN, { width: 360, height: 780 });
    await value(page, 'fullName').waitFor();
    // Evaluated in the page (a string: the test's own TypeScript knows no DOM).
    const overflow = await page.evaluate<number>(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});
