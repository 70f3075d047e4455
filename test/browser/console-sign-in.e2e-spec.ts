import { startTestGraph, type TestGraph } from '../../tools/graph/start-graph';
import { expectAccessible } from './support/axe';
import { launchBrowser, type TestBrowser } from './support/browser';
import { signInAsStaff } from './support/console';
import { screenshot } from './support/screenshots';

/**
 * The staff console's frame in Debian's Chromium, through the real graph: the demo staff
 * sign-in grouped by role, the overview and navigation of one role, a page of another role
 * refused by name, sign-out; English beside Vietnamese.
 */
describe('the staff console in a browser: sign-in and the frame', () => {
  let graph: TestGraph;
  let browser: TestBrowser;

  beforeAll(async () => {
    graph = await startTestGraph({ web: true });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await graph?.close();
  });

  afterEach(() => {
    expect(browser.pageErrors).toEqual([]);
  });

  it('offers the demo staff by role, in development only, and passes axe', async () => {
    const page = await browser.newPage();
    await page.goto(`${graph.webUrl}/console`);
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập bàn làm việc cán bộ' }).waitFor();
    for (const id of ['st-lan', 'st-minh', 'st-hoa', 'adm-an', 'adm-binh', 'aud-chi']) {
      await page.getByRole('button', { name: new RegExp(`\\(${id}\\)`) }).waitFor();
    }
    await expectAccessible(page);
    await screenshot(page, 'console-sign-in');
    await page.close();
  });

  it('an auditor sees the auditor’s pages only; a steward’s page says it is not for the role', async () => {
    const page = await browser.newPage();
    await signInAsStaff(page, graph.webUrl, 'aud-chi');
    await page.getByRole('heading', { level: 1, name: 'Xin chào, Vũ Thị Chi' }).waitFor();
    await page.getByText('Kiểm toán viên').first().waitFor();
    await expectAccessible(page);
    const navigation = page.getByRole('navigation', { name: 'Các trang của bàn làm việc' });
    await navigation.getByRole('link', { name: 'Tổng quan' }).waitFor();
    expect(await navigation.getByRole('link', { name: 'Việc chờ xử lý' }).count()).toBe(0);
    await page.goto(`${graph.webUrl}/console/queue`);
    await page.getByRole('heading', { level: 1, name: 'Trang này không dành cho vai trò Kiểm toán viên.' }).waitFor();
    await expectAccessible(page);
    await page.goto(`${graph.webUrl}/console/no-such-page`);
    await page.getByRole('heading', { level: 1, name: 'Không có trang này trong bàn làm việc.' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập bàn làm việc cán bộ' }).waitFor();
    await page.close();
  });

  it('speaks English when asked, and keeps the citizen portal’s session apart', async () => {
    const page = await browser.newPage();
    await signInAsStaff(page, graph.webUrl, 'st-minh');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hello, Trần Văn Minh' }).waitFor();
    await expectAccessible(page);
    // The portal in the same browser: no citizen is signed in by a staff sign-in.
    await page.goto(`${graph.webUrl}/`);
    await page.getByRole('button', { name: /Sign in as this citizen|Đăng nhập với tư cách công dân này/ }).waitFor();
    await page.close();
  });
});
