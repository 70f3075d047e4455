import type { Page } from 'playwright-core';
import { startTestGraph, type TestGraph } from '../../tools/graph/start-graph';
import { graphqlClient } from '../support/graphql';
import { expectAccessible } from './support/axe';
import { launchBrowser, type TestBrowser } from './support/browser';
import { signInAsStaff } from './support/console';
import { screenshot } from './support/screenshots';

// The demo work (libs/demo-data demo-work-items.ts): st-lan's request for Châu, a finding for Dũng.
const CHAU = '048088007654';
const DUNG = '031203000777';
const AN = '001085012345';
const BINH = '079190004321';
const HOA = '092195001122';

let graph: TestGraph;
let browser: TestBrowser;
const gql = graphqlClient(() => graph.gatewayUrl);
const steward = (sub: string) => `Bearer ${graph.tokens.mint({ kind: 'steward', sub, registry: 'population' })}`;

beforeAll(async () => {
  graph = await startTestGraph({ web: true, demoWorkItems: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await graph?.close();
});

afterEach(() => {
  expect(browser.pageErrors).toEqual([]);
});

/** The queue page, signed in afresh as a demo steward (one browser profile: one staff session at a time). */
async function queueAs(staffId: string, viewport?: { width: number; height: number }): Promise<Page> {
  await browser.context.clearCookies();
  const page = await browser.newPage(viewport);
  await signInAsStaff(page, graph.webUrl, staffId);
  await page.goto(`${graph.webUrl}/console/queue`);
  await page.getByRole('heading', { level: 1, name: 'Việc chờ xử lý' }).waitFor();
  await page.getByText(/Hiển thị \d+ trong \d+ yêu cầu đang chờ/).waitFor();
  return page;
}

const requestFor = (page: Page, personalIdNumber: string) =>
  page.locator('article[data-request]').filter({ hasText: personalIdNumber });

/** A pending request of st-lan's for a record, made through the API, as another console page would. */
async function requestOldIdNumber(personalIdNumber: string, oldIdNumber: string): Promise<number> {
  const read = await gql(
    `query($n: String!) { citizen(personalIdNumber: $n) { version } }`,
    { n: personalIdNumber },
    steward('st-lan'),
  );
  const version = read.body.data.citizen.version as number;
  const asked = await gql(
    `mutation($input: RequestIdentityCorrectionInput!) { requestIdentityCorrection(input: $input) { id } }`,
    {
      input: {
        personalIdNumber,
        expectedVersion: version,
        changes: { oldIdNumber },
        reason: 'Đối chiếu CMND cũ (thử nghiệm)',
      },
    },
    steward('st-lan'),
  );
  expect(asked.body.errors).toBeUndefined();
  return version;
}

const requestsWith = async (status: string) =>
  (
    await gql(
      `query($status: String!) { changeRequests(status: $status, first: 200) { personalIdNumber status decidedBy decisionNote } }`,
      { status },
      steward('st-minh'),
    )
  ).body.data.changeRequests as { personalIdNumber: string; decidedBy: string; decisionNote: string | null }[];

describe('the stewards’ work queue in the console', () => {
  it('shows st-lan her own demo request marked as hers, approve disabled with the reason', async () => {
    const page = await queueAs('st-lan', { width: 768, height: 1024 });
    const card = requestFor(page, CHAU);
    await card.getByText('Yêu cầu của bạn', { exact: true }).waitFor();
    const birth = card.locator('tr[data-field="birthDate"]');
    expect(await birth.locator('td').allTextContents()).toEqual(['07/1988', '21/07/1988']);
    expect(await card.getByText(/Bổ sung ngày sinh theo giấy khai sinh/).count()).toBe(1);
    expect(await card.getByRole('link', { name: CHAU }).getAttribute('href')).toBe(`/console/citizens/${CHAU}`);
    const approve = card.getByRole('button', { name: 'Phê duyệt', exact: true });
    expect(await approve.isDisabled()).toBe(true);
    await card.getByText(/Theo quy tắc hai người, một cán bộ khác phải phê duyệt/).waitFor();
    // Usable at a tablet's width: nothing wider than the screen.
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(768);
    await expectAccessible(page);

    // "Others' requests" hides hers.
    await page.getByLabel('Người đề nghị').selectOption('others');
    await page.getByText('Không có yêu cầu nào khớp với bộ lọc.').waitFor();
    await expectAccessible(page);
    await page.getByLabel('Người đề nghị').selectOption('all');

    await page.close();
  });

  it('says so when the server refuses a self-approval: st-lan signed in elsewhere while st-minh’s page was open', async () => {
    // The page was st-minh's; another tab then signed st-lan in, whose cookie the old page now sends.
    const stale = await queueAs('st-minh');
    const other = await browser.newPage();
    await browser.context.clearCookies();
    await signInAsStaff(other, graph.webUrl, 'st-lan');
    await requestFor(stale, CHAU).getByRole('button', { name: 'Phê duyệt', exact: true }).click();
    await stale.getByRole('dialog').getByRole('button', { name: 'Phê duyệt và áp dụng' }).click();
    await stale
      .getByRole('alert')
      .filter({ hasText: 'Bạn không thể phê duyệt yêu cầu do chính mình đề nghị' })
      .waitFor();
    await stale.getByRole('status').filter({ hasText: 'không được áp dụng' }).waitFor();
    await requestFor(stale, CHAU).waitFor();
    expect((await requestsWith('pending')).map((request) => request.personalIdNumber)).toContain(CHAU);
    await expectAccessible(stale);
    await stale.close();
    await other.close();
  });

  it('lets st-minh approve st-lan’s request: it leaves the queue and the record has the birth day, in a new version', async () => {
    const page = await queueAs('st-minh');
    const card = requestFor(page, CHAU);
    expect(await card.getByText('Yêu cầu của bạn', { exact: true }).count()).toBe(0);
    await card.getByText('st-lan, lúc').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'console-queue');

    await card.getByRole('button', { name: 'Phê duyệt', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Phê duyệt yêu cầu cho hồ sơ ${CHAU}` });
    await dialog.getByLabel(/Ghi chú/).fill('Đã đối chiếu bản sao giấy khai sinh');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Phê duyệt và áp dụng' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Đã phê duyệt: Sửa thông tin nhân thân cho hồ sơ ${CHAU}` })
      .waitFor();
    await requestFor(page, CHAU).waitFor({ state: 'detached' });
    await expectAccessible(page);

    const read = await gql(
      `query($n: String!) { citizen(personalIdNumber: $n) { birthDate { year month day } version history { version changeKind changedBy } } }`,
      { n: CHAU },
      steward('st-minh'),
    );
    const citizen = read.body.data.citizen;
    expect(citizen.birthDate).toEqual({ year: 1988, month: 7, day: 21 });
    expect(citizen.version).toBe(2);
    expect(citizen.history.map((version: { version: number }) => version.version)).toEqual([2, 1]);
    expect(citizen.history[0].changedBy).toBe('st-minh');
    expect(await requestsWith('approved')).toEqual([
      {
        personalIdNumber: CHAU,
        status: 'approved',
        decidedBy: 'st-minh',
        decisionNote: 'Đã đối chiếu bản sao giấy khai sinh',
      },
    ]);
    await page.close();
  });

  it('needs a reason to reject, and keeps the record as it was', async () => {
    await requestOldIdNumber(AN, '012345678');
    const page = await queueAs('st-minh');
    const card = requestFor(page, AN);
    await card.getByRole('button', { name: 'Từ chối' }).click();
    const dialog = page.getByRole('dialog', { name: `Từ chối yêu cầu cho hồ sơ ${AN}` });
    await dialog.getByRole('button', { name: 'Từ chối yêu cầu' }).click();
    await dialog.getByText('Hãy nhập lý do.').waitFor();
    expect(await dialog.getByLabel('Lý do từ chối').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);
    expect((await requestsWith('pending')).map((request) => request.personalIdNumber)).toContain(AN);

    await dialog.getByLabel('Lý do từ chối').fill('Không có bản sao CMND cũ kèm theo');
    await dialog.getByRole('button', { name: 'Từ chối yêu cầu' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Đã từ chối: Sửa thông tin nhân thân cho hồ sơ ${AN}` })
      .waitFor();
    await requestFor(page, AN).waitFor({ state: 'detached' });
    await page.getByText('Không có yêu cầu nào đang chờ phê duyệt.').waitFor();
    await expectAccessible(page);
    expect(await requestsWith('rejected')).toEqual([
      {
        personalIdNumber: AN,
        status: 'rejected',
        decidedBy: 'st-minh',
        decisionNote: 'Không có bản sao CMND cũ kèm theo',
      },
    ]);
    const read = await gql(
      `query($n: String!) { citizen(personalIdNumber: $n) { oldIdNumber } }`,
      { n: AN },
      steward('st-minh'),
    );
    expect(read.body.data.citizen.oldIdNumber).toBeNull();
    await page.close();
  });

  it('tells the steward when the record changed since the request: superseded, not applied', async () => {
    const version = await requestOldIdNumber(BINH, '023456789');
    const corrected = await gql(
      `mutation($input: CorrectCitizenInput!) { correctCitizen(input: $input) { version } }`,
      {
        input: {
          personalIdNumber: BINH,
          expectedVersion: version,
          changes: { phone: '0901234567' },
          reason: 'Cập nhật số điện thoại (thử nghiệm)',
        },
      },
      steward('st-alice'),
    );
    expect(corrected.body.errors).toBeUndefined();
    const page = await queueAs('st-minh');
    const card = requestFor(page, BINH);
    await card.getByText(/Hồ sơ đã thay đổi từ khi có yêu cầu này/).waitFor();
    await card.getByRole('button', { name: 'Phê duyệt', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Phê duyệt và áp dụng' }).click();
    await page.getByRole('alert').filter({ hasText: 'đã được đánh dấu là lỗi thời' }).waitFor();
    await requestFor(page, BINH).waitFor({ state: 'detached' });
    await expectAccessible(page);
    expect((await requestsWith('superseded')).map((request) => request.personalIdNumber)).toEqual([BINH]);
    await page.close();
  });

  it('lists the demo data-quality finding, filters by kind, and resolves it with a note', async () => {
    const page = await queueAs('st-minh');
    const finding = page.locator('article[data-finding]').filter({ hasText: DUNG });
    await finding.getByRole('heading', { name: `Ngày sinh chưa đầy đủ: hồ sơ ${DUNG}` }).waitFor();
    await finding.getByText(/Chỉ có năm sinh/).waitFor();
    await page.getByText(/Hiển thị 1 trong 1 phát hiện đang mở/).waitFor();
    await page.getByLabel('Loại phát hiện').selectOption('INCOMPLETE_BIRTH_DATE');
    await finding.waitFor();
    await page.getByRole('heading', { name: /Hồ sơ có thể trùng nhau/ }).waitFor();
    await page.getByText('Không có cặp hồ sơ nào nghi trùng.').waitFor();
    await expectAccessible(page);

    await finding.getByRole('button', { name: 'Đánh dấu đã xử lý' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Đóng phát hiện' }).click();
    await dialog.getByText('Hãy nhập lý do.').waitFor();
    await dialog
      .getByLabel('Đã tìm thấy gì và đã làm gì')
      .fill('Đã đối chiếu giấy khai sinh; đề nghị bổ sung ngày sinh');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Đóng phát hiện' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Đã xử lý phát hiện “Ngày sinh chưa đầy đủ” của hồ sơ ${DUNG}` })
      .waitFor();
    await finding.waitFor({ state: 'detached' });
    await page.getByText('Không có phát hiện nào đang mở.').waitFor();
    await expectAccessible(page);
    const resolved = await gql(
      `{ dataQualityFindings(status: "resolved") { personalIdNumber resolvedBy resolution } }`,
      {},
      steward('st-minh'),
    );
    expect(resolved.body.data.dataQualityFindings).toEqual([
      {
        personalIdNumber: DUNG,
        resolvedBy: 'st-minh',
        resolution: 'Đã đối chiếu giấy khai sinh; đề nghị bổ sung ngày sinh',
      },
    ]);
    await page.close();
  });

  it('lists two records with one old ID card number as possible duplicates, each linked', async () => {
    // Two approved corrections (through the API) give Hoa and An the same old ID card number.
    for (const personalIdNumber of [HOA, AN]) await requestOldIdNumber(personalIdNumber, '111222333');
    const pending = await gql(`{ changeRequests { id } }`, {}, steward('st-minh'));
    for (const { id } of pending.body.data.changeRequests as { id: string }[]) {
      const approved = await gql(
        `mutation($input: DecideChangeRequestInput!) { approveChangeRequest(input: $input) { status } }`,
        { input: { id } },
        steward('st-minh'),
      );
      expect(approved.body.data.approveChangeRequest.status).toBe('approved');
    }
    const page = await queueAs('st-minh');
    const pair = page.locator('li.queue-item').filter({ hasText: 'Lý do nghi trùng' });
    await pair.getByText('cùng số CMND cũ').waitFor();
    const rows = pair.getByRole('table', { name: `Đối chiếu hồ sơ ${AN} — ${HOA}` }).locator('tbody tr');
    expect(await rows.allTextContents()).toEqual([
      expect.stringMatching(new RegExp(`^${AN}Nguyễn Văn An14/03/1985.*111222333$`)),
      expect.stringMatching(new RegExp(`^${HOA}Võ Thị Hoa30/05/1995.*111222333$`)),
    ]);
    expect(await pair.getByRole('link', { name: HOA }).getAttribute('href')).toBe(`/console/citizens/${HOA}`);
    await expectAccessible(page);
    await page.close();
  });

  it('is not in the navigation of a business steward, whose registry has no queue in the API', async () => {
    await browser.context.clearCookies();
    const page = await browser.newPage();
    await signInAsStaff(page, graph.webUrl, 'st-hoa');
    expect(await page.getByRole('link', { name: 'Việc chờ xử lý' }).count()).toBe(0);
    await page.goto(`${graph.webUrl}/console/queue`);
    await page.getByRole('heading', { level: 1, name: /Trang này không dành cho vai trò/ }).waitFor();
    await expectAccessible(page);
    await page.close();
  });
});
