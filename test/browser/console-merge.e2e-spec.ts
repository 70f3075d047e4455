import type { Page } from 'playwright-core';
import { startTestGraph, type TestGraph } from '../../tools/graph/start-graph';
import { graphqlClient } from '../support/graphql';
import { expectAccessible } from './support/axe';
import { launchBrowser, type TestBrowser } from './support/browser';
import { signInAsStaff } from './support/console';
import { screenshot } from './support/screenshots';

// Two records of one invented person (born 1975, male: the numbers' G=0 and YY=75 agree).
const SURVIVOR = '001075000020';
const DUPLICATE = '001075000021';
const REGISTER = `mutation($input: RegisterCitizenInput!) { registerCitizen(input: $input) { version } }`;
const APPROVE = `mutation($id: ID!) { approveChangeRequest(input: { id: $id }) { status kind decidedBy } }`;
const READ = `query($id: String!) { citizen(personalIdNumber: $id) { personalIdNumber mergedFrom } }`;

let graph: TestGraph;
let browser: TestBrowser;
let lan = '';
let minh = '';
const gql = graphqlClient(() => graph.gatewayUrl);

const person = (personalIdNumber: string, birthDate: Record<string, number | null>) => ({
  personalIdNumber,
  familyName: 'Đặng',
  middleName: 'Văn',
  givenName: 'Khoa',
  sex: 'MALE',
  birthDate,
  reason: 'đăng ký khai sinh',
});

beforeAll(async () => {
  graph = await startTestGraph({ web: true });
  lan = `Bearer ${graph.tokens.mint({ kind: 'steward', sub: 'st-lan', registry: 'population' })}`;
  minh = `Bearer ${graph.tokens.mint({ kind: 'steward', sub: 'st-minh', registry: 'population' })}`;
  for (const input of [
    person(SURVIVOR, { year: 1975, month: 6, day: 1 }),
    person(DUPLICATE, { year: 1975, month: 6, day: null }),
  ]) {
    const registered = await gql(REGISTER, { input }, lan);
    expect(registered.body.errors).toBeUndefined();
  }
  browser = await launchBrowser();
  const page = await browser.newPage();
  await signInAsStaff(page, graph.webUrl, 'st-lan');
  await page.close();
});

afterAll(async () => {
  await browser?.close();
  await graph?.close();
});

afterEach(() => {
  expect(browser.pageErrors).toEqual([]);
});

const previewRow = (page: Page, field: string) =>
  page.locator(`section[data-section="merge-preview"] tr[data-field="${field}"]`);

describe('the population steward console: merging duplicates', () => {
  it('previews a merge, swaps the roles, asks with a reason; a second steward approves and the number leads on', async () => {
    const page = await browser.newPage();
    await page.goto(`${graph.webUrl}/console`);
    await page
      .getByRole('navigation', { name: 'Các trang của bàn làm việc' })
      .getByRole('link', { name: 'Gộp hồ sơ trùng' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Gộp hai hồ sơ của cùng một người' }).waitFor();
    await expectAccessible(page);
    // The wrong way round first, typed in the page: the numbers are checked as the API checks them.
    const pick = page.locator('form[data-form="merge-pick"]');
    await pick.getByLabel('Số định danh của hồ sơ giữ lại').fill(DUPLICATE);
    await pick.getByLabel('Số định danh của hồ sơ trùng').fill('99907500002');
    await pick.getByRole('button', { name: 'Xem trước' }).click();
    await pick.getByText('Số định danh cá nhân gồm 12 chữ số').waitFor();
    await pick.getByLabel('Số định danh của hồ sơ trùng').fill(SURVIVOR);
    await pick.getByRole('button', { name: 'Xem trước' }).click();
    await page.getByRole('columnheader', { name: `Hồ sơ giữ lại (${DUPLICATE})` }).waitFor();

    await page.getByRole('button', { name: `Đổi vai: giữ lại hồ sơ ${SURVIVOR}` }).click();
    await page.getByRole('columnheader', { name: `Hồ sơ giữ lại (${SURVIVOR})` }).waitFor();
    expect(new URL(page.url()).searchParams.get('survivor')).toBe(SURVIVOR);
    expect(await previewRow(page, 'personalIdNumber').textContent()).toContain(
      `${SURVIVOR}; số ${DUPLICATE} dẫn đến hồ sơ này`,
    );
    const birth = await previewRow(page, 'birthDate').locator('td').allTextContents();
    expect(birth[0]).toBe(birth[2]); // the survivor's own date stays
    expect(birth[1]).toBe('tháng 6/1975 (không giữ lại; vẫn còn trong lịch sử của hồ sơ trùng)');
    expect(await previewRow(page, 'birthDate').textContent()).toContain('khác');

    const ask = page.locator('form[data-form="merge-request"]');
    await ask.getByRole('button', { name: 'Gửi yêu cầu gộp' }).click();
    await ask.getByText('Vui lòng điền mục này.').waitFor();
    await ask
      .getByLabel('Lý do (căn cứ xác định là cùng một người)')
      .fill('Trùng hồ sơ: cùng giấy khai sinh số 45/1975');
    await expectAccessible(page);
    await screenshot(page, 'console-merge');
    await ask.getByRole('button', { name: 'Gửi yêu cầu gộp' }).click();
    const sent = page.locator('[data-request-id]');
    await sent.getByText('Đã gửi yêu cầu gộp').waitFor();
    const requestId = await sent.getAttribute('data-request-id');
    await expectAccessible(page);

    // Nothing changes until another steward approves.
    expect((await gql(READ, { id: DUPLICATE }, minh)).body.data.citizen).toEqual({
      personalIdNumber: DUPLICATE,
      mergedFrom: null,
    });
    const approved = await gql(APPROVE, { id: requestId }, minh);
    expect(approved.body.data.approveChangeRequest).toEqual({
      status: 'approved',
      kind: 'merge',
      decidedBy: 'st-minh',
    });
    expect((await gql(READ, { id: DUPLICATE }, minh)).body.data.citizen).toEqual({
      personalIdNumber: SURVIVOR,
      mergedFrom: DUPLICATE,
    });

    // The page now says the duplicate's number leads to the survivor already.
    await page.reload();
    await page.getByRole('alert').getByText(`Số ${DUPLICATE} đã được gộp vào hồ sơ ${SURVIVOR} rồi.`).waitFor();
    await expectAccessible(page);
    await page.close();
  });
});
