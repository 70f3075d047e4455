import { spawn } from 'node:child_process';
import { join } from 'node:path';
import request from 'supertest';
import type { Page } from 'playwright-core';
import { databaseUrl } from '@app/config';
import { distDir, startTestGraph, type TestGraph } from '../../tools/graph/start-graph';
import { agencyAuthorization, citizenAuthorization } from '../support/agencies';
import { expectAccessible } from './support/axe';
import { launchBrowser, type TestBrowser } from './support/browser';
import { signInAsStaff } from './support/console';
import { screenshot } from './support/screenshots';

/** Trần Thị Bình, a demo citizen, read by social insurance in this test. */
const BINH = '079190004321';
const AGENCY = 'BHXH';
const PURPOSE = 'SOCIAL_INSURANCE_ENROLMENT';
const CASES = ['BHXH-HS-2026-1201', 'BHXH-HS-2026-1202', 'BHXH-HS-2026-1203'];
const DISPUTED_CASE = CASES[0];
const COMPLAINT = 'Tôi không làm hồ sơ bảo hiểm xã hội nào trong tuần này.';
const ANSWER =
  'Lượt đọc này do Bảo hiểm xã hội thực hiện khi đối chiếu hồ sơ cũ của bạn, theo thoả thuận đang có hiệu lực.';
const TABLET = { width: 768, height: 1024 };

type Body = { data?: Record<string, unknown> | null; errors?: { message: string; extensions: { code?: string } }[] };

/**
 * The auditors' console in Chromium through the real graph: social insurance reads Bình three
 * times; she disputes one read (through GraphQL, as the portal does); aud-chi signs in to the
 * console, finds the dispute in the queue, takes it up and answers it; the report shows the
 * three reads, in its totals and in its reads-per-day chart, and drills down to them; the log
 * page signs a checkpoint and checks it, and shows verify-log's last run once the tool has run.
 * Then Bình, in the portal, reads the answer.
 */
describe('the console in a browser: an auditor answers a dispute and reads the access report', () => {
  let graph: TestGraph;
  let browser: TestBrowser;
  let baseline = 0;
  let page: Page;

  const gql = async (query: string, variables: Record<string, unknown>, authorization: string) => {
    const response = await request(graph.gatewayUrl)
      .post('/graphql')
      .set('Authorization', authorization)
      .send({ query, variables });
    return response.body as Body;
  };
  const auditor = () => `Bearer ${graph.tokens.mint({ kind: 'auditor', sub: 'aud-chi' })}`;
  const window = () => ({
    from: new Date(Date.now() - 30 * 86_400_000).toISOString(),
    to: new Date(Date.now() + 86_400_000).toISOString(),
  });
  /** The compiled verify-log, as an auditor runs it against the graph's database. */
  const verifyLog = () =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(
        process.execPath,
        [
          join(distDir(), 'tools', 'verify-log', 'main.js'),
          '--database-url',
          databaseUrl(graph.database.config),
          '--jwks',
          `${graph.gatewayUrl}/.well-known/jwks.json`,
          '--witness',
          graph.witnessUrl,
          '--by',
          'aud-chi',
        ],
        { env: { PATH: process.env.PATH } },
      );
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.once('close', (code) => resolve({ code, stdout, stderr }));
    });
  /** Until the witness has cosigned a checkpoint: a log with records needs one to hold. */
  const cosigned = async () => {
    for (const started = Date.now(); Date.now() - started < 30_000;) {
      const [row] = await graph.database.dataSource.query<{ count: string }[]>(
        'SELECT count(cosignature)::text AS count FROM access.log_checkpoints',
      );
      if (row.count !== '0') return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error('the witness cosigned no checkpoint within 30 s');
  };
  const released = async () => {
    const body = await gql(
      `query ($agencyCode: String, $purpose: String, $from: DateTime!, $to: DateTime!) {
        accessLogReport(agencyCode: $agencyCode, purpose: $purpose, from: $from, to: $to) { released } }`,
      { agencyCode: AGENCY, purpose: PURPOSE, ...window() },
      auditor(),
    );
    expect(body.errors).toBeUndefined();
    return (body.data!.accessLogReport as { released: number }).released;
  };

  beforeAll(async () => {
    graph = await startTestGraph({ web: true });
    browser = await launchBrowser();
    baseline = await released();
    for (const caseReference of CASES) {
      const response = await request(graph.gatewayUrl)
        .post('/graphql')
        .set('Authorization', agencyAuthorization(graph, AGENCY, PURPOSE))
        .set('X-Officer-Id', 'CB-BHXH-12')
        .set('X-Case-Reference', caseReference)
        .send({
          query: 'query ($id: String!) { citizen(personalIdNumber: $id) { fullName } }',
          variables: { id: BINH },
        });
      expect((response.body as Body).errors).toBeUndefined();
    }
    // Bình finds the read in her log (with its seq) and disputes it, as the portal's dialog does.
    const log = await gql(
      `query ($from: DateTime!, $to: DateTime!) {
        myAccessLog(from: $from, to: $to, first: 100, withProofs: true) { nodes { seq caseReference } } }`,
      window(),
      citizenAuthorization(graph, BINH),
    );
    const nodes = (log.data!.myAccessLog as { nodes: { seq: string; caseReference: string | null }[] }).nodes;
    const entry = nodes.find((node) => node.caseReference === DISPUTED_CASE)!;
    const disputed = await gql(
      'mutation ($input: DisputeAccessEntryInput!) { disputeAccessEntry(input: $input) { id status } }',
      { input: { seq: entry.seq, text: COMPLAINT } },
      citizenAuthorization(graph, BINH),
    );
    expect(disputed.errors).toBeUndefined();
    // aud-chi's console, shared by the steps below in this order (the citizen reads the answer last).
    page = await browser.newPage(TABLET);
    await signInAsStaff(page, graph.webUrl, 'aud-chi');
  });

  afterAll(async () => {
    await browser?.close();
    await graph?.close();
  });

  afterEach(() => {
    expect(browser.pageErrors).toEqual([]);
  });

  it('shows the dispute in the queue, and lets aud-chi take it up and answer it, checked as the API checks it', async () => {
    await page
      .getByRole('navigation', { name: 'Các trang của bàn làm việc' })
      .getByRole('link', { name: 'Phản ánh' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Phản ánh của công dân về nhật ký truy cập' }).waitFor();
    const queue = page.getByRole('table', { name: 'Phản ánh, từ cũ nhất' });
    const row = queue.getByRole('row').filter({ hasText: BINH });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('Mới, chưa ai nhận');
    await page.getByText('Đang hiện 1 phản ánh.').waitFor();
    // Filtered by a status it does not have: none.
    await page.getByRole('combobox', { name: 'Trạng thái' }).selectOption('ANSWERED');
    await page.getByRole('button', { name: 'Lọc' }).click();
    await page.getByText('Không có phản ánh nào ở trạng thái này.').waitFor();
    await page.getByRole('combobox', { name: 'Trạng thái' }).selectOption('');
    await page.getByRole('button', { name: 'Lọc' }).click();
    await row.waitFor();
    await expectAccessible(page);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(TABLET.width);
    await screenshot(page, 'console-disputes');

    await row.getByRole('link', { name: `Mở phản ánh của ${BINH}` }).click();
    await page.getByRole('heading', { level: 1, name: `Phản ánh của công dân ${BINH}` }).waitFor();
    await page.getByText(COMPLAINT).waitFor();
    const entry = page.getByRole('region', { name: /Lượt đọc bị phản ánh/ });
    await expect(entry.textContent()).resolves.toContain(DISPUTED_CASE);
    await expect(entry.textContent()).resolves.toContain('CB-BHXH-12');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Nhận xử lý phản ánh này' }).click();
    await page.getByText(/Đang được aud-chi xem xét/).waitFor();
    // Nothing chosen, nothing written: the page says what is missing before asking the API.
    await page.getByRole('button', { name: 'Gửi kết luận' }).click();
    await page.getByRole('alert').filter({ hasText: 'Hãy chọn một kết luận.' }).waitFor();
    await page.getByRole('radio', { name: /^Đã giải thích/ }).check();
    await page.getByRole('textbox', { name: 'Trả lời công dân' }).fill('   ');
    await page.getByRole('button', { name: 'Gửi kết luận' }).click();
    await page.getByRole('alert').filter({ hasText: 'Hãy viết câu trả lời cho công dân.' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('textbox', { name: 'Trả lời công dân' }).fill(ANSWER);
    await page.getByRole('button', { name: 'Gửi kết luận' }).click();
    await page.getByRole('heading', { level: 2, name: 'Kết luận' }).waitFor();
    await page.getByText(ANSWER).waitFor();
    await page.getByText(/Phiên bản 3: Đã giải thích — kiểm toán viên aud-chi/).waitFor();
    await expectAccessible(page);
  });

  it('reports the reads of the test in its totals and per day, and drills down to them', async () => {
    await page.getByRole('link', { name: 'Báo cáo truy cập' }).click();
    await page.getByRole('heading', { level: 1, name: 'Báo cáo nhật ký truy cập' }).waitFor();
    await page.getByRole('combobox', { name: 'Cơ quan' }).selectOption(AGENCY);
    await page.getByRole('combobox', { name: 'Mục đích' }).selectOption(PURPOSE);
    await page.getByRole('button', { name: 'Xem báo cáo' }).click();
    const expected = baseline + CASES.length;
    await page
      .locator('[data-total="released"]')
      .filter({ hasText: String(expected) })
      .waitFor();
    await expect(page.locator('[data-total="refused"]').textContent()).resolves.toBe('0');
    const chart = page.getByRole('img', { name: 'Lượt cung cấp và từ chối mỗi ngày' });
    await chart.waitFor();
    await screenshot(page, 'console-report');
    await page.getByText('Xem số liệu dạng bảng').click();
    const perDay = page.getByRole('table', { name: 'Lượt cung cấp và từ chối mỗi ngày (giờ Việt Nam)' });
    const days = await perDay
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => Number(row.querySelectorAll('td')[0].textContent)));
    expect(days).toHaveLength(30);
    expect(days.reduce((sum, count) => sum + count, 0)).toBe(expected);
    const byCategory = page.getByRole('table', { name: 'Lượt cung cấp và từ chối theo nhóm dữ liệu' });
    await expect(byCategory.textContent()).resolves.toContain('population.identity');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Xem các lượt cung cấp' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bản ghi nhật ký truy cập' }).waitFor();
    const records = page.getByRole('table', { name: 'Bản ghi, mới nhất trước' });
    for (const caseReference of CASES) await records.getByText(caseReference, { exact: false }).waitFor();
    await expectAccessible(page);
  });

  it("signs a checkpoint and checks it in the browser; shows verify-log's last run, or that it never ran", async () => {
    await page.getByRole('link', { name: 'Tình trạng nhật ký' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tình trạng nhật ký truy cập' }).waitFor();
    await page.getByText('Trình duyệt này chưa thấy bản chốt nào.', { exact: false }).waitFor();
    const verifyTool = page.getByRole('region', { name: 'Công cụ verify-log' });
    await verifyTool
      .getByText('Công cụ verify-log chưa chạy lần nào trên cơ sở dữ liệu này.', { exact: false })
      .waitFor();
    await expect(verifyTool.locator('code').textContent()).resolves.toBe('npm run verify-log');
    await page.getByRole('button', { name: 'Ký bản chốt mới ngay' }).click();
    await page.getByRole('heading', { name: 'Bản chốt vừa nhận' }).waitFor();
    await page.getByText('Đây là bản chốt đầu tiên trình duyệt này lưu', { exact: false }).waitFor();
    await page.getByText('Hợp lệ', { exact: true }).first().waitFor();
    await page.reload();
    await page.getByText(/vẫn như trình duyệt này đã thấy: cùng gốc Merkle/).waitFor();
    await page.getByRole('button', { name: 'Ký bản chốt mới ngay' }).click();
    await page.getByText(/^Nhất quán: nhật ký hiện tại là phần mở rộng/).waitFor();
    // A reversed pair is refused here, as the API would.
    await page.getByRole('textbox', { name: 'Bản chốt cũ (số bản ghi)' }).fill('5');
    await page.getByRole('textbox', { name: 'Bản chốt mới (số bản ghi)' }).fill('3');
    await page.getByRole('button', { name: 'Kiểm tra' }).click();
    await page.getByRole('alert').filter({ hasText: 'Bản chốt cũ không được lớn hơn bản chốt mới' }).waitFor();
    await expectAccessible(page);
  });

  it("shows verify-log's newest run: when, the verdict in words, the records checked; a run over a week old is flagged", async () => {
    // A run from ten days ago, as the tool would have recorded it: the page asks for a new one.
    const tenDaysAgo = new Date(Date.now() - 10 * 86_400_000);
    await graph.database.dataSource.query(
      `INSERT INTO exchange.log_verification_runs (started_at, finished_at, verdict, entries_checked, summary, ran_by)
       VALUES ($1, $1, 'could_not_check', 0, 'verify-log: could not check the log: the witness was down', 'aud-duc')`,
      [tenDaysAgo],
    );
    await page.reload();
    const verifyTool = page.getByRole('region', { name: 'Công cụ verify-log' });
    await verifyTool.getByText('Không kiểm tra được', { exact: true }).waitFor();
    await verifyTool.getByText(/Lần chạy gần nhất đã cách đây hơn 7 ngày/).waitFor();
    await expect(verifyTool.locator('time').getAttribute('datetime')).resolves.toBe(tenDaysAgo.toISOString());

    await cosigned();
    const run = await verifyLog();
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const records = /: (\d+) records/.exec(run.stdout)![1];
    await page.reload();
    await verifyTool.getByText('Nhật ký nguyên vẹn', { exact: true }).waitFor();
    await expect(verifyTool.locator('[data-entries-checked]').getAttribute('data-entries-checked')).resolves.toBe(
      records,
    );
    await verifyTool.getByText(run.stdout.trim()).waitFor();
    await verifyTool.getByText('aud-chi', { exact: true }).waitFor();
    // Today, in Vietnam's time, in the page's Vietnamese date format.
    const when = await verifyTool.locator('time').textContent();
    expect(when).toContain(String(new Date(Date.now() + 7 * 3_600_000).getUTCFullYear()));
    await expect(verifyTool.getByText(/hơn 7 ngày/).count()).resolves.toBe(0);
    await expectAccessible(page);
  });

  it("shows Bình the auditor's answer in her tracker", async () => {
    const portal = await browser.newPage();
    await portal.goto(`${graph.webUrl}/tracker`);
    const demo = portal.getByRole('region', { name: /Đăng nhập thử nghiệm/ });
    await demo.getByRole('combobox', { name: 'Công dân mẫu' }).selectOption(BINH);
    await demo.getByRole('button', { name: 'Đăng nhập với tư cách công dân này' }).click();
    const disputes = portal.getByRole('region', { name: 'Phản ánh của tôi' });
    await disputes.getByText(ANSWER).waitFor();
    await expect(disputes.textContent()).resolves.toContain('Đã trả lời');
    await expect(disputes.textContent()).resolves.toContain(COMPLAINT);
  });
});
