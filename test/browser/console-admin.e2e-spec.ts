import { generateKeyPairSync } from 'node:crypto';
import type { Page } from 'playwright-core';
import { startTestGraph, type TestGraph } from '../../tools/graph/start-graph';
import { errorOf, graphqlClient } from '../support/graphql';
import { expectAccessible } from './support/axe';
import { launchBrowser, type TestBrowser } from './support/browser';
import { signInAsStaff } from './support/console';
import { screenshot } from './support/screenshots';

// The administrators' pages, through the real graph: the four-eyes rule on systems, keys and
// agreements, seen from the administrator who acted (cannot approve) and from a second one.

const AGREEMENT = `id agreementNumber version status categories requestsPerMinute proposedBy decidedBy`;
const IN_FORCE = `query($status: AgreementStatus) { agreements(status: $status, first: 100) { nodes { ${AGREEMENT} agencyCode } } }`;
const ONE = `query($id: ID!) { agreement(id: $id) { ${AGREEMENT} versions { id version status } } }`;
const SYSTEMS = `query($agencyCode: String) { agencySystems(agencyCode: $agencyCode) { clientId status keys { kid status addedBy approvedBy } } }`;

let graph: TestGraph;
let browser: TestBrowser;
let AN = '';
let BINH = '';
const gql = graphqlClient(() => graph.gatewayUrl);

beforeAll(async () => {
  graph = await startTestGraph({ web: true });
  AN = `Bearer ${graph.tokens.mint({ kind: 'admin', sub: 'adm-an' })}`;
  BINH = `Bearer ${graph.tokens.mint({ kind: 'admin', sub: 'adm-binh' })}`;
  // adm-an adds a key to BHXH's demo system (a rotation): pending until another administrator approves.
  const jwk = generateKeyPairSync('ed25519').publicKey.export({ format: 'jwk' });
  const added = await gql(
    `mutation($clientId: String!, $jwk: String!) { addSystemKey(input: { clientId: $clientId, jwk: $jwk }) { clientId } }`,
    { clientId: 'bhxh-demo', jwk: JSON.stringify(jwk) },
    AN,
  );
  expect(added.body.errors).toBeUndefined();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await graph?.close();
});

afterEach(() => {
  expect(browser.pageErrors).toEqual([]);
});

/** A fresh page signed in as `staffId` (one browser profile: the previous staff session is dropped first). */
async function signedInAs(staffId: string): Promise<Page> {
  await browser.context.clearCookies();
  const page = await browser.newPage();
  await signInAsStaff(page, graph.webUrl, staffId);
  return page;
}

const term = (page: Page, name: string) => page.locator(`tr[data-term="${name}"]`);

describe('agencies and their systems', () => {
  it('keeps what adm-an added or registered from adm-an; adm-binh approves, suspends, revokes', async () => {
    const an = await signedInAs('adm-an');
    await an.getByRole('navigation').getByRole('link', { name: 'Cơ quan và hệ thống' }).click();
    await an.getByRole('heading', { level: 1, name: 'Cơ quan và hệ thống kết nối' }).waitFor();
    // adm-an registers a new system of the tax office, with its public key, through the page.
    await an.getByText('Đăng ký hệ thống mới cho BTC-CT-HN').click();
    const register = an.locator('details', { hasText: 'Đăng ký hệ thống mới cho BTC-CT-HN' });
    await register.getByLabel('Mã hệ thống (client id)').fill('CT HN');
    await register.getByRole('button', { name: 'Đăng ký hệ thống' }).click();
    await register.getByText('Mã hệ thống chưa đúng quy tắc.').waitFor();
    await register.getByLabel('Mã hệ thống (client id)').fill('ct-hn-einvoice');
    await register.getByLabel('Tên hệ thống').fill('Hóa đơn điện tử');
    const systemKey = generateKeyPairSync('ed25519').publicKey.export({ format: 'jwk' });
    await register.getByLabel('Khóa công khai').fill(JSON.stringify(systemKey));
    await register.getByRole('button', { name: 'Đăng ký hệ thống' }).click();
    await an.getByRole('status').filter({ hasText: 'Đã đăng ký hệ thống ct-hn-einvoice' }).waitFor();
    const own = an.getByRole('button', { name: 'Duyệt khóa của bhxh-demo' });
    expect(await own.isDisabled()).toBe(true);
    await an.getByText('Bạn đã thêm khóa này; một quản trị viên khác phải duyệt.').waitFor();
    expect(await an.getByRole('button', { name: 'Duyệt hệ thống ct-hn-einvoice' }).isDisabled()).toBe(true);
    await an.getByText('Bạn đã đăng ký hệ thống này; một quản trị viên khác phải duyệt.').waitFor();
    await an.getByRole('heading', { level: 3, name: /Bảo hiểm xã hội Việt Nam/ }).waitFor();
    await expectAccessible(an);
    await an.close();

    const binh = await signedInAs('adm-binh');
    await binh.goto(`${graph.webUrl}/console/agencies`);
    await binh.getByRole('button', { name: 'Duyệt khóa của bhxh-demo' }).click();
    await binh
      .getByRole('status')
      .filter({ hasText: /Đã duyệt khóa .* của bhxh-demo/ })
      .waitFor();
    await binh.getByRole('button', { name: 'Duyệt hệ thống ct-hn-einvoice' }).click();
    await binh.getByRole('status').filter({ hasText: 'Đã duyệt hệ thống ct-hn-einvoice' }).waitFor();
    await binh.getByText('Không có hệ thống hay khóa nào đang chờ duyệt.').waitFor();
    // A system suspended by adm-binh waits for another administrator to resume it.
    await binh.getByRole('button', { name: 'Tạm dừng ct-hn-einvoice' }).click();
    await binh.getByRole('dialog').getByRole('button', { name: 'Tạm dừng ngay' }).click();
    await binh.getByRole('status').filter({ hasText: 'Đã tạm dừng hệ thống ct-hn-einvoice.' }).waitFor();
    expect(await binh.getByRole('button', { name: 'Cho hoạt động lại ct-hn-einvoice' }).isDisabled()).toBe(true);
    await binh.getByText(/^Khóa của bhxh-demo/).click();
    await binh
      .getByRole('button', { name: /^Thu hồi khóa / })
      .first()
      .click();
    await binh.getByRole('dialog').getByRole('button', { name: 'Thu hồi ngay' }).click();
    await binh
      .getByRole('status')
      .filter({ hasText: /Đã thu hồi khóa .* của bhxh-demo/ })
      .waitFor();
    await expectAccessible(binh);
    await binh.close();

    const systems = await gql(SYSTEMS, { agencyCode: 'BHXH' }, BINH);
    const [key] = systems.body.data.agencySystems.find((s: { clientId: string }) => s.clientId === 'bhxh-demo').keys;
    expect(key).toMatchObject({ status: 'REVOKED', addedBy: 'adm-an', approvedBy: 'adm-binh' });
    const tax = await gql(SYSTEMS, { agencyCode: 'BTC-CT-HN' }, BINH);
    expect(tax.body.data.agencySystems).toContainEqual(
      expect.objectContaining({ clientId: 'ct-hn-einvoice', status: 'SUSPENDED' }),
    );
  });
});

describe('data-sharing agreements', () => {
  let amendedId = '';

  it('lets adm-an propose a new agreement through the form, checked as the server checks it', async () => {
    const an = await signedInAs('adm-an');
    await an.goto(`${graph.webUrl}/console/agreements`);
    await an.getByRole('heading', { level: 1, name: 'Thỏa thuận chia sẻ dữ liệu' }).waitFor();
    await an.getByRole('link', { name: 'DSA-2026-0001, phiên bản 1' }).waitFor();
    await expectAccessible(an);
    await an.getByRole('link', { name: 'Đề xuất thỏa thuận mới' }).click();
    await an.getByRole('heading', { level: 1, name: 'Đề xuất thỏa thuận chia sẻ dữ liệu mới' }).waitFor();
    await an.getByRole('button', { name: 'Gửi đề xuất' }).click();
    await an.getByRole('alert').filter({ hasText: 'mục cần sửa' }).waitFor();
    await expectAccessible(an);

    await an.getByLabel('Cơ quan được đọc dữ liệu').selectOption('BTC-CT-HN');
    await an.getByRole('checkbox', { name: /\(population\.identity\)/ }).check();
    await an.getByRole('checkbox', { name: /\(TAX_ADMINISTRATION\)/ }).check();
    await an.getByLabel('Văn bản (luật, nghị định)').fill('Luật Quản lý thuế số 38/2019/QH14');
    await an.getByLabel('Điều', { exact: true }).fill('Điều 98');
    await an.getByLabel(/^Nội dung cho phép/).fill('Cơ quan thuế được khai thác thông tin để quản lý thuế.');
    await an.getByLabel('Số yêu cầu tối đa mỗi phút').fill('0');
    await an.getByLabel('Lý do đề xuất, số hồ sơ').fill('Công văn số 12/CT-HN');
    await an.getByRole('button', { name: 'Gửi đề xuất' }).click();
    await an
      .locator('#admin-form-requestsPerMinute-problem', {
        hasText: /^Một số nguyên từ 1 đến 1.000.000.000, hoặc để trống\.$/,
      })
      .waitFor();
    expect(await an.getByLabel('Số yêu cầu tối đa mỗi phút').getAttribute('aria-invalid')).toBe('true');
    await an.getByLabel('Số yêu cầu tối đa mỗi phút').fill('120');
    await an.getByRole('button', { name: 'Gửi đề xuất' }).click();

    await an.getByRole('heading', { level: 1, name: /^Thỏa thuận DSA-\d{4}-\d{4}, phiên bản 1$/ }).waitFor();
    await an.getByText('Đã gửi đề xuất.', { exact: false }).waitFor();
    expect(await term(an, 'categories').getAttribute('data-effect')).toBe('new');
    expect(await an.getByRole('button', { name: 'Duyệt phiên bản 1' }).isDisabled()).toBe(true);
    const id = an.url().split('/console/agreements/')[1].split('?')[0];
    const proposed = await gql(ONE, { id }, AN);
    expect(proposed.body.data.agreement).toMatchObject({
      status: 'PROPOSED',
      proposedBy: 'adm-an',
      requestsPerMinute: 120,
    });
    await an.close();
  });

  it('lets adm-an amend an agreement (a category added, one removed, a lower limit), not approve it', async () => {
    const list = await gql(IN_FORCE, { status: 'APPROVED' }, AN);
    const inForce = list.body.data.agreements.nodes.find(
      (a: { agreementNumber: string }) => a.agreementNumber === 'DSA-2026-0003',
    );
    const an = await signedInAs('adm-an');
    await an.goto(`${graph.webUrl}/console/agreements/${inForce.id}`);
    await an.getByRole('heading', { level: 1, name: 'Thỏa thuận DSA-2026-0003, phiên bản 1' }).waitFor();
    await an.getByRole('button', { name: 'Soạn sửa đổi' }).click();
    await an.getByRole('checkbox', { name: /\(population\.contact\)/ }).uncheck();
    await an.getByRole('checkbox', { name: /\(population\.family\)/ }).check();
    await an.getByLabel('Số yêu cầu tối đa mỗi phút').fill('60');
    await an.getByLabel('Lý do sửa đổi').fill('Thêm thông tin gia đình, bỏ liên lạc theo văn bản 7/UBND');
    await an.getByText('Sửa đổi này mở rộng quyền đọc: cần một quản trị viên khác duyệt.').waitFor();
    await expectAccessible(an);
    await an.getByRole('button', { name: 'Gửi sửa đổi' }).click();

    await an.getByRole('heading', { level: 1, name: 'Thỏa thuận DSA-2026-0003, phiên bản 2' }).waitFor();
    await an.getByText('Bạn đã đề xuất phiên bản này nên không thể tự duyệt hay từ chối', { exact: false }).waitFor();
    expect(await an.getByRole('button', { name: 'Duyệt phiên bản 2' }).isDisabled()).toBe(true);
    expect(await an.getByRole('button', { name: 'Từ chối phiên bản 2' }).isDisabled()).toBe(true);
    amendedId = an.url().split('/console/agreements/')[1].split('?')[0];
    // The page only hides it: the exchange itself refuses adm-an.
    const own = await gql(`mutation($id: ID!) { approveAgreement(input: { id: $id }) { id } }`, { id: amendedId }, AN);
    expect(errorOf(own.body)?.code).toBe('SELF_APPROVAL_FORBIDDEN');
    await an.close();
  });

  it('shows adm-binh what widens and what narrows, and puts the amendment in force on approval', async () => {
    const binh = await signedInAs('adm-binh');
    await binh.goto(`${graph.webUrl}/console/agreements?status=PROPOSED`);
    await binh.getByRole('link', { name: 'DSA-2026-0003, phiên bản 2' }).click();
    await binh.getByRole('heading', { level: 2, name: 'Điều khoản đang có hiệu lực và điều khoản đề xuất' }).waitFor();
    const categories = term(binh, 'categories');
    expect(await categories.getAttribute('data-effect')).toBe('both');
    await categories.getByText('Thêm: Gia đình').waitFor();
    await categories.getByText('Bỏ: Thông tin liên lạc').waitFor();
    expect(await term(binh, 'requestsPerMinute').getAttribute('data-effect')).toBe('narrows');
    expect(await term(binh, 'purposes').getAttribute('data-effect')).toBe('same');
    await expectAccessible(binh);
    await screenshot(binh, 'console-agreements');

    await binh.getByRole('button', { name: 'Duyệt phiên bản 2' }).click();
    await binh.getByText('Đã duyệt: phiên bản này đang có hiệu lực.').waitFor();
    const approved = await gql(ONE, { id: amendedId }, BINH);
    expect(approved.body.data.agreement).toMatchObject({
      status: 'APPROVED',
      decidedBy: 'adm-binh',
      requestsPerMinute: 60,
      categories: ['business.profile', 'population.family', 'population.identity', 'population.residence'],
    });
    expect(approved.body.data.agreement.versions.map((v: { status: string }) => v.status)).toEqual([
      'SUPERSEDED',
      'APPROVED',
    ]);
    // One administrator may end it at once, with a reason, which the exchange keeps.
    await binh.getByRole('button', { name: 'Chấm dứt DSA-2026-0003' }).click();
    const dialog = binh.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Chấm dứt ngay' }).click();
    await dialog.getByText('Mục này không được để trống.').waitFor();
    await dialog.getByLabel('Lý do chấm dứt (bắt buộc)').fill('Trung tâm sáp nhập theo Quyết định 9/QĐ-UBND');
    await dialog.getByRole('button', { name: 'Chấm dứt ngay' }).click();
    await binh.getByRole('heading', { level: 1, name: 'Thỏa thuận DSA-2026-0003, phiên bản 3' }).waitFor();
    await binh.getByText('Đã chấm dứt thỏa thuận.', { exact: false }).waitFor();
    const ended = await gql(ONE, { id: amendedId }, BINH);
    expect(ended.body.data.agreement.versions.map((v: { status: string }) => v.status)).toEqual([
      'SUPERSEDED',
      'SUPERSEDED',
      'WITHDRAWN',
    ]);
    // At tablet width the comparison stays usable (it scrolls inside its box, the page does not).
    await binh.setViewportSize({ width: 768, height: 900 });
    const overflow = await binh.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await binh.close();
  });
});
