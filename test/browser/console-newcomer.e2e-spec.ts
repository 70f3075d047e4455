import { startTestGraph, type TestGraph } from '../../tools/graph/start-graph';
import { expectAccessible } from './support/axe';
import { launchBrowser, type TestBrowser } from './support/browser';
import { signInAsStaff } from './support/console';

const CHAU = '048088007654';

/**
 * Issue 12's "done when", as a newcomer clicks it on the demo data that `npm start` loads:
 * sign in as the demo steward st-minh, find st-lan's change request in the queue, approve it,
 * follow the record's link, and see the new version in its history — pages only, no GraphQL.
 */
describe('the staff console for a newcomer: approve another steward’s request, see the new version', () => {
  let graph: TestGraph;
  let browser: TestBrowser;

  beforeAll(async () => {
    graph = await startTestGraph({ web: true, demoWorkItems: true });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await graph?.close();
  });

  it('from the overview to the queue, the approval and the record’s history', async () => {
    const page = await browser.newPage();
    await signInAsStaff(page, graph.webUrl, 'st-minh');
    await page
      .getByRole('navigation', { name: 'Các trang của bàn làm việc' })
      .getByRole('link', { name: 'Việc chờ xử lý' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Việc chờ xử lý' }).waitFor();
    const card = page.locator('article[data-request]').filter({ hasText: CHAU });
    await card.getByText('st-lan, lúc').waitFor();
    await card.getByRole('button', { name: 'Phê duyệt', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Phê duyệt yêu cầu cho hồ sơ ${CHAU}` });
    await dialog.getByRole('button', { name: 'Phê duyệt và áp dụng' }).click();
    await page.getByRole('status').filter({ hasText: `Đã phê duyệt` }).waitFor();
    await expectAccessible(page);

    // The record, found as a newcomer would: the navigation, a search without diacritics.
    await page
      .getByRole('navigation', { name: 'Các trang của bàn làm việc' })
      .getByRole('link', { name: 'Hồ sơ công dân' })
      .click();
    await page.getByLabel('Họ tên hoặc một phần họ tên').fill('le minh chau');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await page.locator(`tr[data-personal-id="${CHAU}"]`).getByRole('link', { name: 'Lê Minh Châu' }).click();
    const history = page.getByRole('table', { name: 'Các phiên bản, mới nhất trước' });
    const newest = history.locator('tr[data-version="2"]');
    await newest.waitFor();
    expect(await newest.locator('[data-changed-by]').textContent()).toBe('st-minh');
    expect(await history.locator('tr[data-version="1"] [data-changed-by]').count()).toBe(1);
    await expectAccessible(page);
    await page.close();
  });
});
