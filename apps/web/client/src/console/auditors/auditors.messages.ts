import { defineMessages } from '../../i18n/messages';
import { disputesMessages } from './disputes/disputes.messages';
import { logMessages } from './log/log.messages';
import { reportMessages } from './report/report.messages';

/** Texts shared by the auditors' pages: navigation, records, outcomes, errors. */
const shared = defineMessages({
  vi: {
    'auditors.section': 'Kiểm toán',
    'auditors.nav.disputes': 'Phản ánh',
    'auditors.nav.dispute': 'Một phản ánh',
    'auditors.nav.report': 'Báo cáo truy cập',
    'auditors.nav.records': 'Bản ghi truy cập',
    'auditors.nav.log': 'Tình trạng nhật ký',
    'auditors.loadMore': 'Xem thêm',
    'auditors.none': '—',
    'auditors.unknownReader': 'không rõ',
    'auditors.outcome.RELEASED': 'Đã cung cấp',
    'auditors.outcome.REFUSED': 'Bị từ chối',
    'auditors.record.time': 'Thời điểm',
    'auditors.record.outcome': 'Kết quả',
    'auditors.record.reader': 'Bên đọc',
    'auditors.record.caller': 'Hệ thống gọi',
    'auditors.record.officer': 'Cán bộ · hồ sơ',
    'auditors.record.case': 'Số hồ sơ',
    'auditors.record.purpose': 'Mục đích',
    'auditors.record.bases': 'Căn cứ từng nhóm dữ liệu',
    'auditors.record.fields': 'Trường dữ liệu',
    'auditors.record.categories': 'Nhóm dữ liệu',
    'auditors.record.subject': 'Người/doanh nghiệp',
    'auditors.record.sealed': 'đang niêm phong',
    'auditors.record.sealedUntil': 'Niêm phong với công dân đến',
    'auditors.record.request': 'Mã yêu cầu',
    'auditors.record.bulk': 'tra cứu hàng loạt',
    'auditors.error.ACCESS_DISPUTE_NOT_FOUND': 'Không có phản ánh này.',
    'auditors.error.STALE_VERSION':
      'Phản ánh vừa được người khác thay đổi; chưa có gì được ghi. Hãy tải lại để xem phiên bản mới nhất.',
    'auditors.error.ACCESS_DISPUTE_STATE_CONFLICT':
      'Trạng thái hiện tại của phản ánh không cho phép bước này (cần nhận xử lý trước; kết luận là cuối cùng).',
    'auditors.error.INVALID_TEXT': 'Nội dung có ký tự điều khiển hoặc ký tự Unicode hỏng.',
    'auditors.error.ACCESS_LOG_UNAVAILABLE':
      'Không ghi được lượt xem này vào nhật ký truy cập nên chưa có gì được hiển thị. Hãy thử lại sau ít phút.',
    'auditors.error.CURSOR_FILTERS_CHANGED': 'Bộ lọc đã đổi; danh sách bắt đầu lại từ đầu.',
    'auditors.error.INVALID_LOG_SIZE': 'Số bản ghi phải là số nguyên không âm, tối đa 16 chữ số.',
    'auditors.error.LOG_SIZES_REVERSED': 'Bản chốt cũ không được lớn hơn bản chốt mới: nhật ký chỉ dài thêm.',
    'auditors.error.LOG_SIZE_OUT_OF_RANGE': 'Số bản ghi vượt quá bản chốt mới nhất.',
    'auditors.error.CHECKPOINT_NOT_FOUND': 'Không có bản chốt nào được ký ở đúng số bản ghi này.',
    'auditors.error.FORBIDDEN': 'Vai trò của bạn không được làm việc này.',
    'auditors.error.REPORT_PERIOD_TOO_LONG': 'Khoảng thời gian quá dài để tính theo ngày (tối đa 366 ngày).',
  },
  en: {
    'auditors.section': 'Audit',
    'auditors.nav.disputes': 'Disputes',
    'auditors.nav.dispute': 'A dispute',
    'auditors.nav.report': 'Access report',
    'auditors.nav.records': 'Access records',
    'auditors.nav.log': 'Log health',
    'auditors.loadMore': 'Load more',
    'auditors.none': '—',
    'auditors.unknownReader': 'unknown',
    'auditors.outcome.RELEASED': 'Released',
    'auditors.outcome.REFUSED': 'Refused',
    'auditors.record.time': 'Time',
    'auditors.record.outcome': 'Outcome',
    'auditors.record.reader': 'Reader',
    'auditors.record.caller': 'Calling system',
    'auditors.record.officer': 'Officer · case',
    'auditors.record.case': 'Case reference',
    'auditors.record.purpose': 'Purpose',
    'auditors.record.bases': 'Basis per data category',
    'auditors.record.fields': 'Fields',
    'auditors.record.categories': 'Data categories',
    'auditors.record.subject': 'Person or enterprise',
    'auditors.record.sealed': 'sealed',
    'auditors.record.sealedUntil': 'Sealed to the citizen until',
    'auditors.record.request': 'Request id',
    'auditors.record.bulk': 'bulk lookup',
    'auditors.error.ACCESS_DISPUTE_NOT_FOUND': 'There is no such dispute.',
    'auditors.error.STALE_VERSION':
      'Someone else changed the dispute just now; nothing was written. Reload to see its newest version.',
    'auditors.error.ACCESS_DISPUTE_STATE_CONFLICT':
      "The dispute's status does not allow this step (take it up first; a decision is final).",
    'auditors.error.INVALID_TEXT': 'The text holds control characters or broken Unicode.',
    'auditors.error.ACCESS_LOG_UNAVAILABLE':
      'This look could not be recorded in the access log, so nothing is shown. Please try again in a few minutes.',
    'auditors.error.CURSOR_FILTERS_CHANGED': 'The filters changed; the list starts again from the top.',
    'auditors.error.INVALID_LOG_SIZE': 'A size is a whole number of records, at most 16 digits.',
    'auditors.error.LOG_SIZES_REVERSED':
      'The older checkpoint must not be larger than the newer one: a log only grows.',
    'auditors.error.LOG_SIZE_OUT_OF_RANGE': 'The size is beyond the newest checkpoint.',
    'auditors.error.CHECKPOINT_NOT_FOUND': 'No checkpoint was signed at exactly this size.',
    'auditors.error.FORBIDDEN': 'Your role may not do this.',
    'auditors.error.REPORT_PERIOD_TOO_LONG': 'The period is too long to count per day (at most 366 days).',
  },
});

/** Texts of the console's auditors pages, each page's file joined here. */
export const auditorsMessages = defineMessages({
  vi: { ...shared.vi, ...disputesMessages.vi, ...reportMessages.vi, ...logMessages.vi },
  en: { ...shared.en, ...disputesMessages.en, ...reportMessages.en, ...logMessages.en },
});
