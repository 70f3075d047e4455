import { startTestGraph, type TestGraph } from '../../tools/graph/start-graph';
import { graphqlClient } from '../support/graphql';
import { expectAccessible } from './support/axe';
import { launchBrowser, type TestBrowser } from './support/browser';
import { signInAsStaff } from './support/console';
import { screenshot } from './support/screenshots';
import type { Page } from 'playwright-core';

// The stewards' citizen records in the console: search, the record and its versions, the
// correction and its conflict, through the real graph, as the demo stewards st-lan and st-minh.

const BINH = '079190004321';
const HOA = '092195001122';
const SAMPLES = 22; // more than one page of the search (20)
const REGISTER = `mutation($input: RegisterCitizenInput!) { registerCitizen(input: $input) { version } }`;
const HISTORY = `query($id: String!) { citizen(personalIdNumber: $id) { history { version recordedAt } } }`;

let graph: TestGraph;
// Two browsers: each steward has a session of their own.
let lanBrowser: TestBrowser;
let minhBrowser: TestBrowser;
const gql = graphqlClient(() => graph.gatewayUrl);
const steward = () => `Bearer ${graph.tokens.mint({ kind: 'steward', sub: 'st-lan', registry: 'population' })}`;

beforeAll(async () => {
  graph = await startTestGraph({ web: true });
  for (let i = 1; i <= SAMPLES; i++) {
    const registered = await gql(
      REGISTER,
      {
        input: {
          personalIdNumber: `001190${String(100000 + i)}`,
          familyName: 'Đỗ',
          middleName: 'Thị',
          givenName: 'Mẫu',
          sex: 'FEMALE',
          birthDate: { year: 1990, month: 1, day: i },
          reason: 'mẫu cho kiểm thử tìm kiếm',
        },
      },
      steward(),
    );
    expect(registered.body.errors).toBeUndefined();
  }
  [lanBrowser, minhBrowser] = await Promise.all([launchBrowser(), launchBrowser()]);
  const [lan, minh] = await Promise.all([lanBrowser.newPage(), minhBrowser.newPage()]);
  await signInAsStaff(lan, graph.webUrl, 'st-lan');
  await signInAsStaff(minh, graph.webUrl, 'st-minh');
  await Promise.all([lan.close(), minh.close()]);
});

afterAll(async () => {
  await lanBrowser?.close();
  await minhBrowser?.close();
  await graph?.close();
});

afterEach(() => {
  expect([...lanBrowser.pageErrors, ...minhBrowser.pageErrors]).toEqual([]);
});

const rows = (page: Page) => page.locator('tbody tr[data-personal-id]');

async function search(page: Page, name: string): Promise<void> {
  await page.getByLabel('Họ tên hoặc một phần họ tên').fill(name);
  await page.getByRole('button', { name: 'Tìm', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: `Kết quả tìm "${name}"` }).waitFor();
}

async function openRecord(
  browser: TestBrowser,
  personalIdNumber: string,
  viewport?: { width: number; height: number },
): Promise<Page> {
  const page = await browser.newPage(viewport);
  await page.goto(`${graph.webUrl}/console/citizens/${personalIdNumber}`);
  await page.locator('dd[data-field="familyName"]').waitFor();
  return page;
}

const value = (page: Page, field: string) => page.locator(`dd[data-field="${field}"]`);

describe('finding a record', () => {
  it('finds names with and without diacritics, a page at a time, and leads to the record', async () => {
    const page = await lanBrowser.newPage();
    await page.goto(`${graph.webUrl}/console/citizens`);
    await page.getByRole('heading', { level: 1, name: 'Tìm hồ sơ công dân' }).waitFor();
    await expectAccessible(page);
    await search(page, 'Đỗ Thị Mẫu');
    expect(await rows(page).count()).toBe(20);
    const accented = await rows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-personal-id')));
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Xem thêm' }).click();
    await rows(page)
      .nth(SAMPLES - 1)
      .waitFor();
    expect(await rows(page).count()).toBe(SAMPLES);
    expect(await page.getByRole('button', { name: 'Xem thêm' }).count()).toBe(0);

    await search(page, 'do thi mau');
    await rows(page).nth(19).waitFor();
    const plain = await rows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-personal-id')));
    expect(plain).toEqual(accented);

    await search(page, 'nguyen van an');
    await page.getByRole('link', { name: 'Nguyễn Văn An' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hồ sơ Nguyễn Văn An' }).waitFor();
    expect(await value(page, 'givenName').textContent()).toBe('An');
    await page.close();
  });
});

describe('two stewards correcting one record', () => {
  it('refuses the second edit with a three-way view, re-applies it on the current version, and keeps both versions', async () => {
    const [lan, minh] = await Promise.all([openRecord(lanBrowser, BINH), openRecord(minhBrowser, BINH)]);
    await expectAccessible(lan);
    for (const page of [lan, minh]) await page.getByRole('button', { name: 'Sửa hồ sơ này' }).click();
    await expectAccessible(lan);

    await lan.getByLabel('Số điện thoại').fill('0912345678');
    await lan.getByLabel('Lý do sửa (được lưu cùng phiên bản)').fill('Công dân báo số điện thoại mới');
    await lan.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await lan.getByText('Đã lưu: hồ sơ đang ở phiên bản 2.').waitFor();
    await lan.locator('p[data-version="2"]').waitFor();
    expect(await value(lan, 'phone').textContent()).toBe('0912345678');

    await minh.getByLabel('Thư điện tử').fill('binh@example.vn');
    await minh.getByLabel('Lý do sửa (được lưu cùng phiên bản)').fill('Công dân đăng ký thư điện tử');
    await minh.getByRole('button', { name: 'Lưu thay đổi' }).click();
    const conflict = minh.locator('[data-conflict]');
    await conflict.getByRole('columnheader', { name: 'Bản hiện tại (phiên bản 2)' }).waitFor();
    const cell = (field: string, column: string) =>
      conflict.locator(`tr[data-conflict-field="${field}"] td[data-column="${column}"]`);
    expect(await cell('phone', 'started').textContent()).toBe('Không có');
    expect(await cell('phone', 'now').textContent()).toBe('0912345678');
    expect(await cell('phone', 'mine').textContent()).toBe('(không đổi)');
    expect(await cell('email', 'started').textContent()).toBe('Không có');
    expect(await cell('email', 'now').textContent()).toBe('Không có');
    expect(await cell('email', 'mine').textContent()).toBe('binh@example.vn');
    await expectAccessible(minh);

    await minh.getByRole('button', { name: 'Áp dụng lại thay đổi của tôi lên phiên bản hiện tại' }).click();
    await minh.getByText('Đã lưu: hồ sơ đang ở phiên bản 3.').waitFor();
    await minh.locator('p[data-version="3"]').waitFor();
    expect(await value(minh, 'email').textContent()).toBe('binh@example.vn');
    expect(await value(minh, 'phone').textContent()).toBe('0912345678');
    const changedBy = (version: number) =>
      minh.locator(`tr[data-version="${version}"] td[data-changed-by]`).textContent();
    expect(await changedBy(3)).toBe('st-minh');
    expect(await changedBy(2)).toBe('st-lan');
    await expectAccessible(minh);
    await screenshot(minh, 'console-record');
    await Promise.all([lan.close(), minh.close()]);
  });

  it('compares any two versions side by side, on a tablet too', async () => {
    const page = await openRecord(minhBrowser, BINH, { width: 768, height: 1024 });
    const changed = () =>
      page
        .locator('tr[data-diff-field][data-changed="true"]')
        .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-diff-field')));
    await page.getByLabel('Phiên bản thứ nhất').selectOption('1');
    await page.getByLabel('Phiên bản thứ hai').selectOption('3');
    await page.getByText('2 trường khác nhau.').waitFor();
    expect(await changed()).toEqual(['phone', 'email']);
    await page.getByLabel('Phiên bản thứ nhất').selectOption('2');
    await page.getByText('1 trường khác nhau.').waitFor();
    expect(await changed()).toEqual(['email']);
    await page.getByRole('button', { name: 'Sửa hồ sơ này' }).click();
    // Wide tables scroll inside their own regions; the page itself never scrolls sideways.
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(768);
    await expectAccessible(page);
    await page.close();
  });

  it('shows the record as it was known at an earlier time', async () => {
    const { history } = (await gql(HISTORY, { id: BINH }, steward())).body.data.citizen;
    const [v1, v2] = [...history].reverse() as { recordedAt: string }[];
    // The next whole second after version 1 (the input keeps seconds), still before version 2.
    const between = new Date(Math.ceil((Date.parse(v1.recordedAt) + 1) / 1000) * 1000);
    expect(between.getTime()).toBeLessThan(Date.parse(v2.recordedAt));
    const local = new Date(between.getTime() + 7 * 3_600_000).toISOString().slice(0, 19);
    const page = await openRecord(minhBrowser, BINH);
    await page.getByLabel(/Hồ sơ như đã biết vào lúc/).fill(local);
    await page.getByRole('button', { name: 'Xem hồ sơ lúc đó' }).first().click();
    await page.locator('[data-as-of]').waitFor();
    await page.locator('p[data-version="1"]').waitFor();
    expect(await value(page, 'phone').textContent()).toBe('Không có');
    expect(await page.getByRole('button', { name: 'Sửa hồ sơ này' }).count()).toBe(0);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Về hồ sơ hiện tại' }).click();
    await page.locator('p[data-version="3"]').waitFor();
    expect(await value(page, 'phone').textContent()).toBe('0912345678');
    await page.close();
  });
});

describe('sensitive changes', () => {
  it('checks the date as the API does, then sends it for a second steward’s approval', async () => {
    const page = await openRecord(lanBrowser, HOA);
    await page.getByRole('button', { name: 'Sửa hồ sơ này' }).click();
    await page.getByLabel('Tháng sinh').fill('2');
    await page.getByLabel('Ngày sinh', { exact: true }).fill('30');
    await page.getByLabel('Lý do sửa (được lưu cùng phiên bản)').fill('Theo giấy khai sinh');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByText('Không phải một ngày có thật.').waitFor();
    await expectAccessible(page);
    await page.getByLabel('Ngày sinh', { exact: true }).fill('28');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByText(/Yêu cầu sửa nhân thân đã được gửi để một cán bộ thứ hai duyệt/).waitFor();
    expect(await value(page, 'birthDate').textContent()).toBe('30/05/1995');
    const pending = await gql(
      `{ changeRequests { personalIdNumber kind baseVersion requestedBy changes } }`,
      {},
      steward(),
    );
    expect(pending.body.data.changeRequests).toContainEqual(
      expect.objectContaining({ personalIdNumber: HOA, kind: 'identity', baseVersion: 1, requestedBy: 'st-lan' }),
    );
    await page.close();
  });

  it('sends a change of vital status the same way, a date required', async () => {
    const page = await openRecord(lanBrowser, HOA);
    await page.getByRole('button', { name: 'Sửa hồ sơ này' }).click();
    await page.getByLabel('Tình trạng', { exact: true }).selectOption('MISSING');
    await page.getByLabel('Lý do sửa (được lưu cùng phiên bản)').fill('Quyết định tuyên bố mất tích của tòa án');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByText('Trường này không được để trống.').waitFor();
    await page.getByLabel('Ngày chết hoặc mất tích').fill('2026-11-30');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByText(/Yêu cầu đổi tình trạng sống đã được gửi để một cán bộ thứ hai duyệt/).waitFor();
    expect(await value(page, 'vitalStatus').textContent()).toBe('Còn sống');
    await page.close();
  });
});
