import type { Locator, Page } from 'playwright-core';
import { startTestGraph, type TestGraph } from '../../tools/graph/start-graph';
import { graphqlClient } from '../support/graphql';
import { expectAccessible } from './support/axe';
import { launchBrowser, type TestBrowser } from './support/browser';
import { signInAsStaff } from './support/console';
import { screenshot } from './support/screenshots';

// A demo enterprise with two legal representatives (libs/demo-data demo-records.ts).
const MEKONG = '0312345673';
const MEKONG_NAME = 'Công ty Cổ phần Thực phẩm Mê Kông';
const AN = '001085012345';
const READ = `query($code: String!) { enterprise(enterpriseCode: $code) { version status } }`;
const STATUS = `mutation($input: ChangeEnterpriseStatusInput!) { changeEnterpriseStatus(input: $input) { version } }`;

let graph: TestGraph;
let browser: TestBrowser;
let hoa = '';
const gql = graphqlClient(
  () => graph.gatewayUrl,
  () => hoa,
);
const versionNow = async (): Promise<number> => (await gql(READ, { code: MEKONG })).body.data.enterprise.version;

beforeAll(async () => {
  graph = await startTestGraph({ web: true });
  hoa = `Bearer ${graph.tokens.mint({ kind: 'steward', sub: 'st-hoa', registry: 'business' })}`;
  browser = await launchBrowser();
  // One staff session for the whole file: the browser context keeps its cookie.
  const page = await browser.newPage();
  await signInAsStaff(page, graph.webUrl, 'st-hoa');
  await page.close();
});

afterAll(async () => {
  await browser?.close();
  await graph?.close();
});

afterEach(() => {
  expect(browser.pageErrors).toEqual([]);
});

const form = (page: Page, id: string): Locator => page.locator(`form[data-form="${id}"]`);
const historyRows = (page: Page) => page.locator('section[data-section="history"] tbody tr').allTextContents();

async function openMekong(page: Page): Promise<void> {
  await page.goto(`${graph.webUrl}/console`);
  await page
    .getByRole('navigation', { name: 'Các trang của bàn làm việc' })
    .getByRole('link', { name: 'Doanh nghiệp' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Tra cứu doanh nghiệp' }).waitFor();
  await expectAccessible(page);
  // Checked as the registry checks it: a wrong check digit never reaches the API.
  await page.getByLabel('Mã số doanh nghiệp').fill('0312345670');
  await page.getByRole('button', { name: 'Mở hồ sơ' }).click();
  await page.getByText('chữ số cuối là số kiểm tra đúng').waitFor();
  await page.getByLabel('Mã số doanh nghiệp').fill(MEKONG);
  await page.getByRole('button', { name: 'Mở hồ sơ' }).click();
  await page.getByRole('heading', { level: 1, name: MEKONG_NAME }).waitFor();
}

describe('the business steward console: enterprises', () => {
  it('finds an enterprise by name typed without diacritics, and opens it', async () => {
    const page = await browser.newPage();
    await page.goto(`${graph.webUrl}/console/enterprises`);
    await page.getByRole('heading', { level: 1, name: 'Tra cứu doanh nghiệp' }).waitFor();
    await page.getByLabel('Tên doanh nghiệp').fill('thuc pham me kong');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    const results = page.getByRole('table', { name: 'Doanh nghiệp có tên chứa “thuc pham me kong”' });
    await results.waitFor();
    expect(await results.locator('tbody tr').count()).toBe(1);
    await expectAccessible(page);
    await page.getByLabel('Tên doanh nghiệp').fill('khong co ten nay');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await page.getByText('Không có doanh nghiệp nào có tên chứa “khong co ten nay”.').waitFor();
    await page.goBack();
    await results.getByRole('link', { name: MEKONG_NAME }).click();
    await page.getByRole('heading', { level: 1, name: MEKONG_NAME }).waitFor();
    await page.close();
  });

  it('shows a demo enterprise, adds a representative and registers a branch as new versions', async () => {
    const page = await browser.newPage();
    await openMekong(page);
    const start = await versionNow();
    expect(await page.locator('dd[data-field="version"]').textContent()).toBe(String(start));
    expect(await page.locator('dd[data-field="type"]').textContent()).toBe('Công ty cổ phần');
    expect(await page.locator('dd[data-field="charterCapital"]').textContent()).toBe('120.000.000.000 đồng');
    const representatives = page.locator('section[data-section="representatives"] tbody tr');
    expect(await representatives.count()).toBe(2);
    await expectAccessible(page);

    const add = form(page, 'add-representative-form');
    await add.getByLabel('Số định danh cá nhân').fill('12345');
    await add.getByRole('button', { name: 'Thêm người đại diện' }).click();
    await add.getByText('Số định danh cá nhân gồm 12 chữ số').waitFor();
    await add.getByText('Vui lòng điền mục này.').first().waitFor();
    await add.getByLabel('Số định danh cá nhân').fill(AN);
    await add.getByLabel('Chức danh').fill('Giám đốc tài chính');
    await add.getByLabel('Lý do (căn cứ, số văn bản)').fill('Nghị quyết Hội đồng quản trị số 12/2026/NQ-HĐQT');
    await add.getByRole('button', { name: 'Thêm người đại diện' }).click();
    await add
      .getByRole('status')
      .getByText(`phiên bản ${start + 1}`)
      .waitFor();
    await representatives.nth(2).waitFor();
    expect(await representatives.allTextContents()).toContainEqual(expect.stringContaining('Giám đốc tài chính'));

    const branch = form(page, 'branch-form');
    expect(await branch.getByLabel('Mã chi nhánh').inputValue()).toBe(`${MEKONG}-001`);
    await branch.getByLabel('Loại').selectOption('branch');
    await branch.getByLabel('Tên chi nhánh, văn phòng').fill('Chi nhánh Hà Nội — Công ty Cổ phần Thực phẩm Mê Kông');
    await branch.getByLabel('Tỉnh, thành phố').selectOption('01');
    await branch.getByLabel('Địa chỉ').fill('7 phố Tràng Tiền, phường Hoàn Kiếm, Hà Nội');
    await branch.getByLabel('Lý do (căn cứ, số văn bản)').fill('Quyết định thành lập chi nhánh số 3/2026/QĐ');
    await branch.getByRole('button', { name: 'Đăng ký' }).click();
    await branch
      .getByRole('status')
      .getByText(`phiên bản ${start + 2}`)
      .waitFor();
    await page.locator('section[data-section="branches"] tbody tr').first().waitFor();
    // The next suggestion moves on past the code just used.
    await branch
      .getByLabel('Mã chi nhánh')
      .and(page.locator(`[value="${MEKONG}-002"]`))
      .waitFor();

    const rows = await historyRows(page);
    expect(rows[0]).toMatch(new RegExp(`^${start + 2}Đăng ký chi nhánh, văn phòng đại diện.*st-hoa`));
    expect(rows[1]).toMatch(new RegExp(`^${start + 1}Thêm người đại diện.*st-hoa`));
    expect(await versionNow()).toBe(start + 2);
    await expectAccessible(page);
    await screenshot(page, 'console-enterprise');
    await page.close();
  });

  it('fits a 768 px wide tablet without sideways scrolling of the page', async () => {
    const page = await browser.newPage({ width: 768, height: 1024 });
    await page.goto(`${graph.webUrl}/console/enterprises/${MEKONG}`);
    await page.getByRole('heading', { level: 1, name: MEKONG_NAME }).waitFor();
    await form(page, 'branch-form').waitFor();
    // Evaluated in the page (a string: the test's own TypeScript knows no DOM).
    const overflow = await page.evaluate<number>(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page);
    await page.close();
  });

  it('refuses a save based on a version someone else moved on from: STALE_VERSION, then reload', async () => {
    const page = await browser.newPage();
    await openMekong(page);
    const read = await versionNow();
    await page.locator(`form[data-form="status-form"]`).waitFor();
    // Another steward saves first, through the API.
    const other = await gql(STATUS, {
      input: { enterpriseCode: MEKONG, expectedVersion: read, status: 'SUSPENDED', reason: 'Thông báo tạm ngừng' },
    });
    expect(other.body.errors).toBeUndefined();

    const status = form(page, 'status-form');
    await status.getByLabel('Tình trạng mới').selectOption('DISSOLVING');
    await status.getByLabel('Lý do (căn cứ, số văn bản)').fill('Quyết định giải thể');
    await status.getByRole('button', { name: 'Lưu tình trạng mới' }).click();
    const alert = status.getByRole('alert');
    await alert.getByText('Có người đã lưu thay đổi cho doanh nghiệp này trước bạn (mã STALE_VERSION)').waitFor();
    await expectAccessible(page);
    await status.getByRole('button', { name: 'Tải lại hồ sơ' }).click();
    await page
      .locator(`p[data-based-on="${read + 1}"]`)
      .first()
      .waitFor();
    expect(await page.locator('dd[data-field="status"]').textContent()).toBe('Tạm ngừng kinh doanh');
    expect(await versionNow()).toBe(read + 1);
    await page.close();
  });
});
