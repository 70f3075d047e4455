import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type { Page } from 'playwright-core';
import { distDir, startTestGraph, type TestGraph } from '../../tools/graph/start-graph';
import { agencyAuthorization, citizenAuthorization } from '../support/agencies';
import { expectAccessible } from './support/axe';
import { launchBrowser, type TestBrowser } from './support/browser';
import { screenshot } from './support/screenshots';

/** Trần Thị Bình, a demo citizen. */
const BINH = '079190004321';
/** Nguyễn Văn An, legal representative of Sông Hồng. */
const AN = '001085012345';
const SONG_HONG = '0100003212';
/** Mê Kông, which Bình represents. */
const MEKONG = '0312345673';
const PHONE = { width: 360, height: 740 };
const CASE = 'BHXH-HS-2026-0917';
const OFFICER = 'CB-BHXH-21';

interface LoggedEntry {
  time: string;
  purposeText: string | null;
  caseReference: string | null;
  pendingCheckpoint: boolean | null;
  bases: { citation: { instrument: string; article: string; clause: string | null } | null }[];
}

/**
 * "Who read my data" in Debian's Chromium on a phone-sized screen, through the real graph and
 * the demo sign-in: social insurance reads Bình a moment before; she finds that read with its
 * purpose and citation, verifies it in the page, disputes it, and exports her log as JSON that
 * the verify-log tool accepts, and as CSV.
 */
describe('the portal in a browser: who read my data', () => {
  let graph: TestGraph;
  let browser: TestBrowser;
  let scratch: string;
  let read: LoggedEntry;

  beforeAll(async () => {
    // A checkpoint each second, cosigned by the graph's witness: the read is soon provable.
    graph = await startTestGraph({ web: true, env: { ACCESS_LOG_CHECKPOINT_SECONDS: '1' } });
    browser = await launchBrowser();
    scratch = mkdtempSync(join(tmpdir(), 'sochung-tracker-browser-'));

    const agency = await request(graph.gatewayUrl)
      .post('/graphql')
      .set('Authorization', agencyAuthorization(graph, 'BHXH', 'SOCIAL_INSURANCE_ENROLMENT'))
      .set('X-Officer-Id', OFFICER)
      .set('X-Case-Reference', CASE)
      .send({
        query:
          'query ($id: String!) { citizen(personalIdNumber: $id) { fullName permanentResidence { provinceCode } } }',
        variables: { id: BINH },
      });
    expect(agency.body.errors).toBeUndefined();
    read = await coveredByCosignedCheckpoint();
  });

  afterAll(async () => {
    await browser?.close();
    await graph?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  /** The agency's read as the API gives it to Bình, once a cosigned checkpoint covers it. */
  async function coveredByCosignedCheckpoint(caseReference = CASE): Promise<LoggedEntry> {
    const query = `query ($from: DateTime!, $to: DateTime!) {
      myAccessLog(from: $from, to: $to, first: 100, withProofs: true) {
        nodes { time purposeText caseReference pendingCheckpoint bases { citation { instrument article clause } } } } }`;
    for (let attempt = 0; attempt < 120; attempt++) {
      const { body } = await request(graph.gatewayUrl)
        .post('/graphql')
        .set('Authorization', citizenAuthorization(graph, BINH))
        .send({
          query,
          variables: {
            from: new Date(Date.now() - 3600_000).toISOString(),
            to: new Date(Date.now() + 60_000).toISOString(),
          },
        });
      const nodes = (body as { data: { myAccessLog: { nodes: LoggedEntry[] } } }).data.myAccessLog.nodes;
      const entry = nodes.find((node) => node.caseReference === caseReference);
      if (entry && entry.pendingCheckpoint === false) return entry;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error('no cosigned checkpoint covered the read within 30 s');
  }

  async function signIn(page: Page, citizen = BINH): Promise<void> {
    await page.goto(`${graph.webUrl}/tracker`);
    const demo = page.getByRole('region', { name: /Đăng nhập thử nghiệm/ });
    await demo.getByRole('combobox', { name: 'Công dân mẫu' }).selectOption(citizen);
    await demo.getByRole('button', { name: 'Đăng nhập với tư cách công dân này' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ai đã đọc dữ liệu của tôi' }).waitFor();
  }

  it('finds the read with its purpose, citation, case and officer; verifies it; disputes it; exports it', async () => {
    const page = await browser.newPage(PHONE);
    await signIn(page);

    const entry = page.getByRole('article').filter({ hasText: CASE });
    await entry.waitFor();
    const citation = read.bases.find((basis) => basis.citation)!.citation!;
    await expect(entry.textContent()).resolves.toEqual(expect.stringContaining(read.purposeText!));
    const text = (await entry.textContent())!;
    expect(text).toContain(`Theo quy định pháp luật: ${citation.instrument}, ${citation.article}`);
    expect(text).toContain('Bảo hiểm xã hội Việt Nam');
    expect(text).toContain(OFFICER);
    expect(text).toContain('Nơi cư trú');
    // The first visit on this browser: nothing is "new" yet, and the page says so.
    await page.getByText('Đây là lần đầu bạn xem nhật ký này trên trình duyệt này.').waitFor();
    await expectAccessible(page);
    // Nothing wider than the phone: no sideways scrolling at 360 px.
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'tracker');

    await entry.getByRole('button', { name: 'Kiểm chứng' }).click();
    await entry.getByText(/^Đã kiểm chứng: lượt đọc này nằm trong nhật ký đã được ký/).waitFor();
    await entry.getByText(/Trình duyệt này đã lưu bản chốt nhật ký/).waitFor();
    expect(await entry.locator('[data-verdict]').getAttribute('data-verdict')).toBe('holds');

    await entry.getByRole('button', { name: 'Tôi không nhận ra lượt đọc này' }).click();
    const dialog = page.getByRole('dialog', { name: /Phản ánh lượt đọc lúc/ });
    await dialog
      .getByRole('textbox', { name: 'Vì sao bạn không nhận ra lượt đọc này?' })
      .fill('Tôi chưa từng làm hồ sơ bảo hiểm xã hội nào trong tháng này.');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Gửi phản ánh' }).click();
    await entry.getByText('Đã gửi phản ánh. Trạng thái: Đã tiếp nhận.').waitFor();
    const disputes = page.getByRole('region', { name: 'Phản ánh của tôi' });
    await disputes.getByText('Tôi chưa từng làm hồ sơ bảo hiểm xã hội nào trong tháng này.').waitFor();
    await expect(disputes.textContent()).resolves.toContain('Đã tiếp nhận');
    await expect(disputes.textContent()).resolves.toContain('Chưa có trả lời.');

    const jsonFile = join(scratch, 'history.json');
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải JSON (kèm bằng chứng)' }).click(),
    ]);
    await json.saveAs(jsonFile);
    const exported = JSON.parse(readFileSync(jsonFile, 'utf8')) as { entries: { caseReference: string | null }[] };
    expect(exported.entries.some((exportedEntry) => exportedEntry.caseReference === CASE)).toBe(true);
    const verified = await verifyLogEntry(jsonFile);
    expect(verified).toMatchObject({ code: 0, stderr: '' });
    expect(verified.stdout).toMatch(/verify-log: entry \d+ is in the log of \d+ records that sochung-registry signed/);
    expect(verified.stdout).not.toMatch(/does NOT verify/);

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải CSV' }).click(),
    ]);
    const csvFile = join(scratch, 'history.csv');
    await csv.saveAs(csvFile);
    const csvText = readFileSync(csvFile, 'utf8');
    expect(csvText.startsWith('\uFEFFThời gian,Người đọc,Mã cơ quan,Mục đích,Căn cứ')).toBe(true);
    expect(csvText).toContain(CASE);

    await expectAccessible(page);
    expect(browser.pageErrors).toEqual([]);
  });

  it('marks the reads made since the last visit on this browser as new', async () => {
    const page = await browser.newPage(PHONE);
    await page.goto(`${graph.webUrl}/tracker`);
    await page.getByRole('heading', { level: 1, name: 'Ai đã đọc dữ liệu của tôi' }).waitFor();
    await page.getByText(/^Lần xem trước trên trình duyệt này:/).waitFor();
    const again = await request(graph.gatewayUrl)
      .post('/graphql')
      .set('Authorization', agencyAuthorization(graph, 'BHXH', 'SOCIAL_INSURANCE_ENROLMENT'))
      .set('X-Case-Reference', 'BHXH-HS-2026-0918')
      .send({ query: 'query ($id: String!) { citizen(personalIdNumber: $id) { fullName } }', variables: { id: BINH } });
    expect(again.body.errors).toBeUndefined();
    await page.reload();
    const fresh = page.getByRole('article').filter({ hasText: 'BHXH-HS-2026-0918' });
    await fresh.getByText('Mới', { exact: true }).waitFor();
    const older = page.getByRole('article').filter({ hasText: CASE });
    await expect(older.getByText('Mới', { exact: true }).count()).resolves.toBe(0);
    expect(browser.pageErrors).toEqual([]);
  });

  it('says loudly when the log is shorter than a checkpoint this browser verified before', async () => {
    const page = await browser.newPage(PHONE);
    await page.goto(`${graph.webUrl}/tracker`);
    const entry = page.getByRole('article').filter({ hasText: CASE });
    await entry.waitFor();
    // As if this browser had verified a log of a billion records: the log served now is shorter.
    await page.evaluate(
      `localStorage.setItem('sochung.tracker.seenCheckpoint', JSON.stringify({ size: 1000000000, root: '${'A'.repeat(43)}', iat: 1780000000 }))`,
    );
    await entry.getByRole('button', { name: 'Kiểm chứng' }).click();
    const alarm = entry
      .getByRole('alert')
      .filter({ hasText: /^CẢNH BÁO: nhật ký nay ngắn hơn bản chốt bạn đã kiểm chứng/ });
    await alarm.waitFor();
    await expect(alarm.textContent()).resolves.toContain('1.000.000.000 bản ghi');
    // The entry itself still holds; the seen checkpoint is kept, not replaced by the shorter one.
    expect(await entry.locator('[data-verdict]').getAttribute('data-verdict')).toBe('holds');
    expect(await page.evaluate<string>(`JSON.parse(localStorage.getItem('sochung.tracker.seenCheckpoint')).size`)).toBe(
      1000000000,
    );
    await expectAccessible(page);
    expect(browser.pageErrors).toEqual([]);
  });

  it("shows an enterprise's log to its legal representatives, and refuses it to others", async () => {
    const tax = await request(graph.gatewayUrl)
      .post('/graphql')
      .set('Authorization', agencyAuthorization(graph, 'BHXH', 'SOCIAL_INSURANCE_ENROLMENT'))
      .set('X-Case-Reference', 'BHXH-DN-2026-0031')
      .send({
        query: 'query ($code: String!) { enterprise(enterpriseCode: $code) { name } }',
        variables: { code: SONG_HONG },
      });
    expect(tax.body.errors).toBeUndefined();

    const representative = await launchBrowser();
    try {
      const page = await representative.newPage(PHONE);
      await page.goto(`${graph.webUrl}/tracker`);
      const demo = page.getByRole('region', { name: /Đăng nhập thử nghiệm/ });
      await demo.getByRole('combobox', { name: 'Công dân mẫu' }).selectOption(AN);
      await demo.getByRole('button', { name: 'Đăng nhập với tư cách công dân này' }).click();
      const chooser = page.getByRole('combobox', { name: 'Nhật ký của' });
      await chooser.selectOption(SONG_HONG);
      await page.waitForURL(new RegExp(`/tracker\\?subject=${SONG_HONG}$`));
      const entry = page.getByRole('article').filter({ hasText: 'BHXH-DN-2026-0031' });
      await entry.waitFor();
      await expect(entry.textContent()).resolves.toContain('Thông tin đăng ký doanh nghiệp');
      // An enterprise's read is not the citizen's to dispute; the enterprise has no "my disputes".
      await expect(entry.getByRole('button', { name: 'Tôi không nhận ra lượt đọc này' }).count()).resolves.toBe(0);
      await expect(page.getByRole('region', { name: 'Phản ánh của tôi' }).count()).resolves.toBe(0);
      await entry.getByRole('button', { name: 'Kiểm chứng' }).click();
      await entry.locator('[data-verdict]').waitFor();
      expect(['holds', 'pending']).toContain(await entry.locator('[data-verdict]').getAttribute('data-verdict'));
      await expectAccessible(page);
      expect(representative.pageErrors).toEqual([]);
    } finally {
      await representative.close();
    }
    // Bình represents Mê Kông, not Sông Hồng: hers is offered, his is refused, in words.
    const page = await browser.newPage(PHONE);
    await page.goto(`${graph.webUrl}/tracker`);
    const chooser = page.getByRole('combobox', { name: 'Nhật ký của' });
    await chooser.getByRole('option', { name: new RegExp(MEKONG) }).waitFor({ state: 'attached' });
    await expect(chooser.getByRole('option').allTextContents()).resolves.toEqual([
      'Bản thân tôi',
      `Doanh nghiệp ${MEKONG} (người đại diện theo pháp luật)`,
    ]);
    await page.goto(`${graph.webUrl}/tracker?subject=${SONG_HONG}`);
    await page.getByRole('alert').filter({ hasText: 'Bạn không có quyền thực hiện thao tác này.' }).waitFor();
    expect(browser.pageErrors).toEqual([]);
  });

  it('marks a bulk lookup, filters by agency and basis, and pages through a long history both ways', async () => {
    const bulk = await agencyRead(
      'BHXH-LO-2026-0005',
      'query ($ids: [String!]!) { citizens(personalIdNumbers: $ids) { fullName } }',
      {
        ids: [BINH, AN],
      },
    );
    expect(bulk.body.errors).toBeUndefined();
    for (let i = 0; i < 21; i++) {
      const one = await agencyRead(
        `BHXH-P-${String(i).padStart(2, '0')}`,
        'query ($id: String!) { citizen(personalIdNumber: $id) { fullName } }',
        {
          id: BINH,
        },
      );
      expect(one.body.errors).toBeUndefined();
    }

    const page = await browser.newPage(PHONE);
    await page.goto(`${graph.webUrl}/tracker`);
    const list = page.getByRole('region', { name: 'Các lượt đọc, mới nhất trước' });
    // The newest read by the agency; her own reads of her record (the page asks for her enterprises) are listed too.
    const newest = list.getByRole('article').filter({ hasText: 'BHXH-P-20' });
    await newest.waitFor();
    await expect(list.getByRole('article').count()).resolves.toBe(20);

    // Older: the page after, by the cursor in the URL; and back again.
    await page.getByRole('button', { name: 'Trang sau (cũ hơn)' }).click();
    await list.getByRole('article').filter({ hasText: 'BHXH-P-00' }).waitFor();
    const bulkEntry = list.getByRole('article').filter({ hasText: 'BHXH-LO-2026-0005' });
    await bulkEntry.getByText('Tra cứu hàng loạt', { exact: true }).waitFor();
    expect(new URL(page.url()).searchParams.get('after')).toBeTruthy();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Trang trước (mới hơn)' }).click();
    await newest.waitFor();
    expect(new URL(page.url()).searchParams.get('after')).toBeNull();

    // By consent: social insurance read her by law only, so nothing; by law: its reads again.
    const filters = page.getByRole('group', { name: 'Lọc nhật ký' });
    await filters.getByRole('combobox', { name: 'Cơ quan đã đọc' }).selectOption('BHXH');
    await filters.getByRole('combobox', { name: 'Căn cứ' }).selectOption('CONSENT');
    await filters.getByRole('button', { name: 'Xem' }).click();
    await page.getByText('Không có lượt đọc nào trong khoảng thời gian này.').waitFor();
    expect(new URL(page.url()).searchParams.get('basis')).toBe('CONSENT');
    await filters.getByRole('combobox', { name: 'Căn cứ' }).selectOption('LAW');
    await filters.getByRole('button', { name: 'Xem' }).click();
    await newest.waitFor();
    const texts = await list.getByRole('article').allTextContents();
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.every((text) => text.includes('Bảo hiểm xã hội Việt Nam'))).toBe(true);
    expect(browser.pageErrors).toEqual([]);
  });

  it("reads the auditor's answer to her dispute, and holds a later checkpoint against the one she verified", async () => {
    const auditor = `Bearer ${graph.tokens.mint({ kind: 'auditor', sub: 'aud-chi' })}`;
    const gql = async (query: string, variables: Record<string, unknown>) =>
      (
        (await request(graph.gatewayUrl).post('/graphql').set('Authorization', auditor).send({ query, variables }))
          .body as {
          data: Record<string, { id: string; version: number }> & {
            accessDisputes: { nodes: { id: string; version: number; personalIdNumber: string }[] };
          };
        }
      ).data;
    const open = (
      await gql('query { accessDisputes(status: OPEN, first: 100) { nodes { id version personalIdNumber } } }', {})
    ).accessDisputes.nodes.find((dispute) => dispute.personalIdNumber === BINH)!;
    const reviewed = (
      await gql('mutation ($input: ReviewAccessDisputeInput!) { reviewAccessDispute(input: $input) { id version } }', {
        input: { id: open.id, expectedVersion: open.version },
      })
    ).reviewAccessDispute;
    const answer =
      'Bảo hiểm xã hội đã đọc để giải quyết hồ sơ BHXH-HS-2026-0917 do chủ doanh nghiệp nơi chị làm việc nộp.';
    await gql('mutation ($input: AnswerAccessDisputeInput!) { answerAccessDispute(input: $input) { id version } }', {
      input: { id: reviewed.id, expectedVersion: reviewed.version, outcome: 'REJECTED', answer },
    });

    const fresh = await launchBrowser();
    try {
      const page = await fresh.newPage(PHONE);
      await signIn(page);
      const disputes = page.getByRole('region', { name: 'Phản ánh của tôi' });
      await disputes.getByText(answer).waitFor();
      await expect(disputes.textContent()).resolves.toContain('Không chấp nhận: lượt đọc có căn cứ');

      // A read on the first page (the earlier ones have moved to later pages), once a checkpoint covers it.
      await coveredByCosignedCheckpoint('BHXH-P-20');
      const entry = page.getByRole('article').filter({ hasText: 'BHXH-P-20' });
      await entry.getByRole('button', { name: 'Kiểm chứng' }).click();
      await entry.getByText(/Trình duyệt này đã lưu bản chốt nhật ký/).waitFor();
      const seen = await page.evaluate<number>(
        `JSON.parse(localStorage.getItem('sochung.tracker.seenCheckpoint')).size`,
      );
      // The log grows (another read), a later checkpoint covers it; verifying again proves it only grew.
      expect(
        (
          await agencyRead(
            'BHXH-HS-2026-0919',
            'query ($id: String!) { citizen(personalIdNumber: $id) { fullName } }',
            { id: BINH },
          )
        ).body.errors,
      ).toBeUndefined();
      await coveredByCosignedCheckpoint('BHXH-HS-2026-0919');
      await entry.getByRole('button', { name: 'Kiểm chứng' }).click();
      await entry.getByText(/^Kể từ lần kiểm chứng trước \(.* bản ghi\), nhật ký chỉ được ghi thêm/).waitFor();
      const now = await page.evaluate<number>(
        `JSON.parse(localStorage.getItem('sochung.tracker.seenCheckpoint')).size`,
      );
      expect(now).toBeGreaterThan(seen);
      await expectAccessible(page);
      expect(fresh.pageErrors).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it('works from the keyboard: verify with Enter, the dispute dialog closes with Escape and gives focus back', async () => {
    const page = await browser.newPage(PHONE);
    await page.goto(`${graph.webUrl}/tracker`);
    const entry = page.getByRole('article').filter({ hasText: 'BHXH-P-20' });
    await entry.waitFor();
    await entry.getByRole('button', { name: 'Kiểm chứng' }).focus();
    await page.keyboard.press('Enter');
    await entry.locator('[data-verdict="holds"]').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate<string>('document.activeElement.textContent')).toBe('Tôi không nhận ra lượt đọc này');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /Phản ánh lượt đọc lúc/ });
    await dialog.waitFor();
    expect(await page.evaluate<string>('document.activeElement.id')).toBe('dispute-text');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate<string>('document.activeElement.textContent')).toBe('Tôi không nhận ra lượt đọc này');
    expect(browser.pageErrors).toEqual([]);
  });

  it('reads in English when the citizen switches, and back', async () => {
    const page = await browser.newPage(PHONE);
    await page.goto(`${graph.webUrl}/tracker`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Who read my data' }).waitFor();
    const entry = page.getByRole('article').filter({ hasText: 'BHXH-P-20' });
    await entry.getByRole('button', { name: 'Verify' }).waitFor();
    await expect(entry.textContent()).resolves.toContain('By law: Nghị định 70/2024/NĐ-CP, Điều 15');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ai đã đọc dữ liệu của tôi' }).waitFor();
    expect(browser.pageErrors).toEqual([]);
  });

  async function agencyRead(caseReference: string, query: string, variables: Record<string, unknown>) {
    return request(graph.gatewayUrl)
      .post('/graphql')
      .set('Authorization', agencyAuthorization(graph, 'BHXH', 'SOCIAL_INSURANCE_ENROLMENT'))
      .set('X-Case-Reference', caseReference)
      .send({ query, variables }) as Promise<{ body: { errors?: unknown[] } }>;
  }

  /** The compiled verify-log tool on the exported file, with the key sets the gateway and the witness publish. */
  function verifyLogEntry(file: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
    const tool = join(distDir(), 'tools', 'verify-log', 'main.js');
    const args = [
      tool,
      '--entry',
      file,
      '--jwks',
      `${graph.gatewayUrl}/.well-known/jwks.json`,
      '--witness-jwks',
      `${graph.witnessUrl}/.well-known/jwks.json`,
    ];
    return new Promise((resolve) => {
      const child = spawn(process.execPath, args, { env: { PATH: process.env.PATH }, cwd: scratch });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.once('close', (code) => resolve({ code, stdout, stderr }));
    });
  }
});
