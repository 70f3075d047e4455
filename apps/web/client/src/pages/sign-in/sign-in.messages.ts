import { defineMessages } from '../../i18n/messages';

export const signInMessages = defineMessages({
  vi: {
    'signIn.title': 'Đăng nhập',
    'signIn.intro':
      'Đăng nhập để xem dữ liệu cơ quan nhà nước đang lưu về bạn, ai đã đọc dữ liệu đó và vì sao, và để quyết định việc chia sẻ dữ liệu của bạn.',
    'signIn.withProvider': 'Đăng nhập bằng tài khoản định danh điện tử',
    'signIn.demoTitle': 'Đăng nhập thử nghiệm',
    'signIn.demoWarning':
      'Chỉ dành cho môi trường phát triển: chọn một công dân mẫu (dữ liệu hư cấu). Chức năng này không tồn tại trên hệ thống thật.',
    'signIn.demoCitizen': 'Công dân mẫu',
    'signIn.demoSubmit': 'Đăng nhập với tư cách công dân này',
    'signIn.demoNone': 'Không có công dân mẫu nào.',
    'signIn.unavailable': 'Hiện chưa có cách đăng nhập nào được cấu hình. Vui lòng liên hệ quản trị hệ thống.',
    'signIn.failed': 'Không đăng nhập được. Vui lòng thử lại.',
    'signIn.unknownDemoCitizen': 'Không có công dân mẫu với số định danh này. Hãy chọn một người trong danh sách.',
    'signIn.providerUnavailable': 'Không kết nối được với hệ thống định danh điện tử. Vui lòng thử lại sau ít phút.',
    'signIn.providerFailed':
      'Việc đăng nhập qua hệ thống định danh điện tử không hoàn tất (có thể bạn đã huỷ, hoặc quá thời gian). Vui lòng đăng nhập lại.',
  },
  en: {
    'signIn.title': 'Sign in',
    'signIn.intro':
      'Sign in to see what public agencies hold on you, who read it and why, and to decide how your data is shared.',
    'signIn.withProvider': 'Sign in with your electronic identity account',
    'signIn.demoTitle': 'Demo sign-in',
    'signIn.demoWarning':
      'Development only: pick a sample citizen (invented data). This does not exist on the real service.',
    'signIn.demoCitizen': 'Sample citizen',
    'signIn.demoSubmit': 'Sign in as this citizen',
    'signIn.demoNone': 'There are no sample citizens.',
    'signIn.unavailable': 'No way to sign in is configured yet. Please contact the system administrator.',
    'signIn.failed': 'Sign-in failed. Please try again.',
    'signIn.unknownDemoCitizen': 'There is no sample citizen with this ID number. Pick one from the list.',
    'signIn.providerUnavailable':
      'The electronic identity service cannot be reached. Please try again in a few minutes.',
    'signIn.providerFailed':
      'Signing in through the electronic identity service did not complete (you may have cancelled, or it took too long). Please sign in again.',
  },
});
