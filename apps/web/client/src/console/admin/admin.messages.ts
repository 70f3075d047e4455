import { defineMessages } from '../../i18n/messages';

/** Texts shared by the console's admin pages: the section, its navigation, errors, common actions. */
export const adminMessages = defineMessages({
  vi: {
    'admin.section': 'Quản trị trao đổi dữ liệu',
    'admin.nav.agencies': 'Cơ quan và hệ thống',
    'admin.nav.agreements': 'Thỏa thuận chia sẻ dữ liệu',
    'admin.nav.proposeAgreement': 'Đề xuất thỏa thuận mới',
    'admin.nav.agreement': 'Thỏa thuận',
    'admin.actions': 'Thao tác',
    'admin.cancel': 'Hủy',
    'admin.loadMore': 'Xem thêm',
    'admin.by': '{who}, {time}',
    'admin.done.proposed': 'Đã gửi đề xuất. Một quản trị viên khác cần duyệt để thỏa thuận có hiệu lực.',
    'admin.done.approved': 'Đã duyệt: phiên bản này đang có hiệu lực.',
    'admin.done.rejected': 'Đã từ chối phiên bản này.',
    'admin.done.amended': 'Đã gửi sửa đổi. Vì sửa đổi mở rộng quyền đọc, một quản trị viên khác cần duyệt.',
    'admin.done.amendedInForce': 'Sửa đổi chỉ thu hẹp quyền đọc nên có hiệu lực ngay.',
    'admin.done.withdrawn': 'Đã chấm dứt thỏa thuận. Phiên bản này ghi lại người chấm dứt và lý do.',
    'admin.error.SYSTEM_KEY_ALREADY_REGISTERED':
      'Hệ thống đã có khóa này (hoặc một khóa cùng mã kid), kể cả khóa đã thu hồi.',
    'admin.error.INVALID_PUBLIC_KEY':
      'Khóa không hợp lệ: cần khóa công khai Ed25519 hoặc P-256, không kèm phần bí mật (mã lỗi {code}).',
    'admin.error.AGENCY_SYSTEM_ALREADY_REGISTERED': 'Mã hệ thống này đã được dùng.',
    'admin.error.SELF_APPROVAL_FORBIDDEN':
      'Hệ thống từ chối: người đề xuất hoặc đăng ký không được tự duyệt (nguyên tắc hai người). Một quản trị viên khác phải thực hiện.',
    'admin.error.AGREEMENT_NOT_FOUND': 'Không có thỏa thuận này.',
    'admin.error.AGREEMENT_NOT_PROPOSED':
      'Phiên bản này không còn chờ duyệt (đã có người quyết định). Hãy tải lại trang.',
    'admin.error.AGREEMENT_NOT_IN_FORCE': 'Thỏa thuận không có phiên bản nào đang có hiệu lực để sửa đổi.',
    'admin.error.AGREEMENT_CHANGE_PENDING':
      'Đã có một sửa đổi mở rộng đang chờ duyệt; hãy duyệt hoặc từ chối nó trước.',
    'admin.error.STALE_VERSION': 'Thỏa thuận vừa được người khác thay đổi. Hãy tải lại trang và sửa đổi lại.',
    'admin.error.NO_CHANGE': 'Sửa đổi không thay đổi điều khoản nào.',
    'admin.error.UNKNOWN_CATEGORY': 'Có nhóm dữ liệu không có trong danh mục.',
    'admin.error.UNKNOWN_PURPOSE': 'Có mục đích không có trong danh mục mục đích.',
    'admin.error.INVALID_VALIDITY_WINDOW': 'Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực.',
    'admin.error.INVALID_LIMIT': 'Giới hạn phải là số nguyên từ 1, hoặc để trống.',
    'admin.error.INVALID_SEALED_DISCLOSURE': 'Số ngày ẩn phải là số nguyên từ 1 đến 3650, hoặc để trống.',
    'admin.error.INVALID_TEXT': 'Có văn bản chứa ký tự không hợp lệ.',
    'admin.error.AGENCY_NOT_FOUND': 'Cơ quan này không có trong danh bạ.',
    'admin.error.AGENCY_SYSTEM_NOT_FOUND': 'Không có hệ thống này.',
    'admin.error.AGENCY_SYSTEM_STATUS_CONFLICT':
      'Trạng thái của hệ thống vừa thay đổi nên không thực hiện được thao tác này. Hãy tải lại trang.',
    'admin.error.SYSTEM_KEY_NOT_PENDING': 'Khóa này không còn chờ duyệt. Hãy tải lại trang.',
    'admin.error.SYSTEM_KEY_NOT_FOUND': 'Không có khóa này.',
    'admin.error.SYSTEM_KEY_ALREADY_REVOKED': 'Khóa này đã bị thu hồi.',
  },
  en: {
    'admin.section': 'Exchange administration',
    'admin.nav.agencies': 'Agencies and systems',
    'admin.nav.agreements': 'Data-sharing agreements',
    'admin.nav.proposeAgreement': 'Propose a new agreement',
    'admin.nav.agreement': 'Agreement',
    'admin.actions': 'Actions',
    'admin.cancel': 'Cancel',
    'admin.loadMore': 'Load more',
    'admin.by': '{who}, {time}',
    'admin.done.proposed': 'The proposal is sent. A different administrator must approve it before it is in force.',
    'admin.done.approved': 'Approved: this version is in force.',
    'admin.done.rejected': 'This version is rejected.',
    'admin.done.amended': 'The amendment is sent. As it widens access, a different administrator must approve it.',
    'admin.done.amendedInForce': 'The amendment only narrows access, so it is in force at once.',
    'admin.done.withdrawn': 'The agreement has ended. This version records who ended it and why.',
    'admin.error.SYSTEM_KEY_ALREADY_REGISTERED':
      'The system has this key (or a key with the same kid) already, revoked ones included.',
    'admin.error.INVALID_PUBLIC_KEY':
      'The key is not valid: an Ed25519 or P-256 public key is needed, without its private part (code {code}).',
    'admin.error.AGENCY_SYSTEM_ALREADY_REGISTERED': 'This client id is taken.',
    'admin.error.SELF_APPROVAL_FORBIDDEN':
      'Refused: whoever proposed or registered cannot approve it (the four-eyes rule). A different administrator must do it.',
    'admin.error.AGREEMENT_NOT_FOUND': 'There is no such agreement.',
    'admin.error.AGREEMENT_NOT_PROPOSED':
      'This version is no longer waiting for a decision (someone decided it). Reload the page.',
    'admin.error.AGREEMENT_NOT_IN_FORCE': 'The agreement has no version in force to amend.',
    'admin.error.AGREEMENT_CHANGE_PENDING': 'A widening amendment is already waiting; approve or reject it first.',
    'admin.error.STALE_VERSION': 'Someone changed the agreement meanwhile. Reload the page and amend again.',
    'admin.error.NO_CHANGE': 'The amendment changes no term.',
    'admin.error.UNKNOWN_CATEGORY': 'A data category is not in the catalogue.',
    'admin.error.UNKNOWN_PURPOSE': 'A purpose is not in the purpose catalogue.',
    'admin.error.INVALID_VALIDITY_WINDOW': 'The end must come after the start.',
    'admin.error.INVALID_LIMIT': 'A limit must be a whole number from 1, or empty.',
    'admin.error.INVALID_SEALED_DISCLOSURE': 'The hidden days must be a whole number from 1 to 3650, or empty.',
    'admin.error.INVALID_TEXT': 'A text holds characters that are not allowed.',
    'admin.error.AGENCY_NOT_FOUND': 'This agency is not in the directory.',
    'admin.error.AGENCY_SYSTEM_NOT_FOUND': 'There is no such system.',
    'admin.error.AGENCY_SYSTEM_STATUS_CONFLICT':
      'The system’s status changed, so this cannot be done. Reload the page.',
    'admin.error.SYSTEM_KEY_NOT_PENDING': 'This key is no longer waiting for approval. Reload the page.',
    'admin.error.SYSTEM_KEY_NOT_FOUND': 'There is no such key.',
    'admin.error.SYSTEM_KEY_ALREADY_REVOKED': 'This key was revoked already.',
  },
});
