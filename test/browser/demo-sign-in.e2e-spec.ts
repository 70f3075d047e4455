import { startTestGraph, type TestGraph } from '../../tools/graph/start-graph';
import { expectAccessible } from './support/axe';
import { launchBrowser, type TestBrowser } from './support/browser';
import { screenshot } from './support/screenshots';

const BINH = '079190004321';

/** The portal in Debian's Chromium, through the real graph: the demo sign-in, as a newcomer meets it. */
describe('the portal in a browser: demo sign-in', () => {
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

  it('lists the demo citizens, signs in as one, and shows that citizen signed in; axe finds nothing serious', async () => {
    const page = await browser.newPage();
    await page.goto(`${graph.webUrl}/`);
    const demo = page.getByRole('region', { name: /Đăng nhập thử nghiệm/ });
    await demo.getByRole('combobox', { name: 'Công dân mẫu' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'sign-in');

    await demo.getByRole('combobox', { name: 'Công dân mẫu' }).selectOption(BINH);
    await demo.getByRole('button', { name: 'Đăng nhập với tư cách công dân này' }).click();
    await page.getByText(`Đã đăng nhập: ${BINH}`).waitFor();
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    await expectAccessible(page);
    // The page never holds a token: the session is a cookie it cannot read.
    expect(await page.evaluate('document.cookie')).toBe('');
    const cookies = await browser.context.cookies(graph.webUrl);
    expect(cookies.map((cookie) => [cookie.name, cookie.httpOnly, cookie.sameSite])).toEqual([
      ['sochung-session', true, 'Lax'],
    ]);
    expect(browser.pageErrors).toEqual([]);
  });

  it.each([
    ['IDENTITY_PROVIDER_UNAVAILABLE', /Không kết nối được với hệ thống định danh điện tử/],
    ['SIGN_IN_FAILED', /không hoàn tất/],
  ])('says in Vietnamese what to do when the server sends a sign-in back with %s', async (code, text) => {
    await browser.context.clearCookies(); // signed out, as after a failed sign-in
    const page = await browser.newPage();
    await page.goto(`${graph.webUrl}/?signInError=${code}`);
    await page.getByRole('alert').filter({ hasText: text }).waitFor();
    await page.getByRole('region', { name: /Đăng nhập thử nghiệm/ }).waitFor();
    await expectAccessible(page);
  });
});
