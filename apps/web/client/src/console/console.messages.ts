import { defineMessages } from '../i18n/messages';

/** Texts of the staff console's frame: header, navigation, roles, sign-in, home. */
export const consoleMessages = defineMessages({
  vi: {
    'console.name': 'Bàn làm việc cán bộ — sochung',
    'console.nav.label': 'Các trang của bàn làm việc',
    'console.nav.home': 'Tổng quan',
    'console.role.steward:population': 'Cán bộ quản lý dữ liệu dân cư',
    'console.role.steward:business': 'Cán bộ quản lý dữ liệu doanh nghiệp',
    'console.role.admin': 'Quản trị viên',
    'console.role.auditor': 'Kiểm toán viên',
    'console.signedInAs': '{name} ({id}) — {role}',
    'console.signIn.title': 'Đăng nhập bàn làm việc cán bộ',
    'console.signIn.intro':
      'Trang này dành cho cán bộ quản lý dữ liệu, quản trị viên và kiểm toán viên. Công dân tra cứu dữ liệu của mình tại Cổng dữ liệu công dân.',
    'console.signIn.withProvider': 'Đăng nhập bằng tài khoản cán bộ',
    'console.signIn.toPortal': 'Đến Cổng dữ liệu công dân',
    'console.signIn.providerUnavailable': 'Dịch vụ định danh cán bộ đang không trả lời. Vui lòng thử lại sau ít phút.',
    'console.signIn.providerFailed':
      'Đăng nhập không thành công (mã {code}). Tài khoản cần đúng một vai trò trong sochung; hãy liên hệ quản trị viên nếu lỗi lặp lại.',
    'console.signIn.demoTitle': 'Đăng nhập thử với cán bộ mẫu',
    'console.signIn.demoWarning':
      'Chỉ có trong môi trường phát triển: chọn một cán bộ mẫu, không cần mật khẩu. Không bao giờ có trên hệ thống thật.',
    'console.signIn.demoAs': 'Đăng nhập: {name} ({id})',
    'console.signIn.demoNone': 'Chưa có cán bộ mẫu nào.',
    'console.signIn.unavailable': 'Chưa cấu hình dịch vụ định danh cán bộ. Hãy liên hệ quản trị hệ thống.',
    'console.signIn.unknownDemoStaff': 'Không có cán bộ mẫu này.',
    'console.home.title': 'Xin chào, {name}',
    'console.home.intro':
      'Bạn làm việc với vai trò {role}. Trang chỉ hiện những việc vai trò này được làm; mọi thao tác vẫn do hệ thống dữ liệu kiểm tra quyền.',
    'console.home.sections': 'Việc của bạn',
    'console.page.notFound': 'Không có trang này trong bàn làm việc.',
    'console.page.notForRole': 'Trang này không dành cho vai trò {role}.',
    'console.page.backHome': 'Về trang tổng quan',
  },
  en: {
    'console.name': 'Staff console — sochung',
    'console.nav.label': 'Console pages',
    'console.nav.home': 'Overview',
    'console.role.steward:population': 'Population data steward',
    'console.role.steward:business': 'Business registry data steward',
    'console.role.admin': 'Administrator',
    'console.role.auditor': 'Auditor',
    'console.signedInAs': '{name} ({id}) — {role}',
    'console.signIn.title': 'Sign in to the staff console',
    'console.signIn.intro':
      'This page is for data stewards, administrators and auditors. Citizens see their own data in the citizen portal.',
    'console.signIn.withProvider': 'Sign in with your staff account',
    'console.signIn.toPortal': 'Go to the citizen portal',
    'console.signIn.providerUnavailable':
      'The staff identity provider is not answering. Please try again in a few minutes.',
    'console.signIn.providerFailed':
      'The sign-in did not succeed (code {code}). The account needs exactly one sochung role; ask an administrator if this happens again.',
    'console.signIn.demoTitle': 'Demo sign-in as a sample staff member',
    'console.signIn.demoWarning':
      'Development only: pick a sample staff member, no password. Never on the real system.',
    'console.signIn.demoAs': 'Sign in: {name} ({id})',
    'console.signIn.demoNone': 'There are no sample staff members.',
    'console.signIn.unavailable': 'No staff identity provider is configured. Contact the system administrators.',
    'console.signIn.unknownDemoStaff': 'There is no such sample staff member.',
    'console.home.title': 'Hello, {name}',
    'console.home.intro':
      'You work as {role}. The pages show only what this role may do; the data services still check every action.',
    'console.home.sections': 'Your work',
    'console.page.notFound': 'There is no such page in the console.',
    'console.page.notForRole': 'This page is not for the role {role}.',
    'console.page.backHome': 'Back to the overview',
  },
});
