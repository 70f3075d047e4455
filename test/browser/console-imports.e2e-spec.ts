import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { startTestGraph, type TestGraph } from '../../tools/graph/start-graph';
import { citizenCsv } from '../support/citizen-csv';
import { graphqlClient } from '../support/graphql';
import { expectAccessible } from './support/axe';
import { launchBrowser, type TestBrowser } from './support/browser';
import { signInAsStaff } from './support/console';
import { screenshot } from './support/screenshots';

const READ = `query($id: String!) { citizen(personalIdNumber: $id) { fullName history { reason changedBy } } }`;

let graph: TestGraph;
let browser: TestBrowser;
const gql = graphqlClient(() => graph.gatewayUrl);

beforeAll(async () => {
  graph = await startTestGraph({ web: true });
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

const upload = async (page: Page, name: string, csv: string) => {
  await page.getByLabel('Tệp CSV (UTF-8)').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Nhập tệp' }).click();
};
const ended = (page: Page) => page.locator('section[data-import-id]:not([data-status="running"])');
const count = (page: Page, name: string) => ended(page).locator(`dd[data-count="${name}"]`).textContent();

describe('the population steward console: importing citizens from a CSV file', () => {
  it('imports a file with bad rows, hands back the refused rows, and changes nothing the second time', async () => {
    const { csv, numbers } = citizenCsv(300, 40, { 3: { birth_month: '13' }, 10: { sex: 'x' } });
    const page = await browser.newPage();
    await page.goto(`${graph.webUrl}/console`);
    await page
      .getByRole('navigation', { name: 'Các trang của bàn làm việc' })
      .getByRole('link', { name: 'Nhập tệp công dân' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Nhập công dân từ tệp CSV' }).waitFor();
    await page.getByText('Chưa có lần nhập nào.').waitFor();
    await expectAccessible(page);

    // Checked in the page first, as the registry checks it: nothing chosen, then a file that is not CSV.
    await page.getByRole('button', { name: 'Nhập tệp' }).click();
    await page.getByText('Hãy chọn một tệp CSV.').waitFor();
    expect(await page.getByLabel('Tệp CSV (UTF-8)').getAttribute('aria-invalid')).toBe('true');
    await upload(page, 'danh-sach.xlsx', csv);
    await page.getByText('Tệp phải có đuôi .csv.').waitFor();
    // A header the registry does not know: refused before anything starts.
    await upload(page, 'sai-cot.csv', 'so_dinh_danh,ho_ten\n001191000300,Phạm Thị Hạnh\n');
    await page
      .getByRole('alert')
      .getByText(/Tệp không dùng được: .*no column "personal_id_number"/)
      .waitFor();

    await upload(page, 'ho-khau-phuong-1.csv', csv);
    await ended(page).waitFor();
    expect(await ended(page).getAttribute('data-status')).toBe('finished');
    await page.getByRole('status').getByText('Đã nhập xong.').waitFor();
    expect(await count(page, 'rowsRead')).toBe('40');
    expect(await count(page, 'accepted')).toBe('38');
    expect(await count(page, 'alreadyRegistered')).toBe('0');
    expect(await count(page, 'refused')).toBe('2');
    await expectAccessible(page);
    await screenshot(page, 'console-imports');

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải tệp các dòng bị từ chối (2 dòng)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('ho-khau-phuong-1-rejects.csv');
    const rejects = (await readFile(await download.path(), 'utf8'))
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(rejects[0]).toMatch(/^line,field,reason,personal_id_number,/);
    expect(rejects.slice(1).map((line) => line.split(',').slice(0, 2).join(','))).toEqual(['5,birth_month', '12,sex']);

    const read = await gql(
      READ,
      { id: numbers[0] },
      `Bearer ${graph.tokens.mint({ kind: 'steward', sub: 'st-minh', registry: 'population' })}`,
    );
    expect(read.body.data.citizen).toEqual({
      fullName: 'Phạm Thị Hạnh',
      history: [{ reason: 'import ho-khau-phuong-1.csv', changedBy: 'st-lan' }],
    });

    // The same file again: visibly nothing new.
    const first = await ended(page).getAttribute('data-import-id');
    await upload(page, 'ho-khau-phuong-1.csv', csv);
    await page
      .locator(`section[data-import-id]:not([data-import-id="${first}"]):not([data-status="running"])`)
      .waitFor();
    expect(await count(page, 'accepted')).toBe('0');
    expect(await count(page, 'alreadyRegistered')).toBe('38');
    await page
      .locator('[data-same-file]')
      .getByText(/Tệp này đã được nhập lúc .*Lần nhập này không thay đổi gì/)
      .waitFor();
    const history = page.getByRole('table', { name: 'Các lần nhập, mới nhất trước' });
    await history.getByRole('row').nth(2).waitFor();
    expect(await history.getByRole('row').count()).toBe(3); // the header and two imports
    await expectAccessible(page);
    await page.close();
  });
});
