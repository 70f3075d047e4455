import { DomainError } from '@app/errors';

/**
 * The web server's error codes and their HTTP statuses: the portal's client branches on the
 * code, so each is stable and each has one status (web-error.filter.ts answers with both).
 */
export const WEB_ERROR_STATUS = {
  BAD_REQUEST: 400,
  INVALID_PERSONAL_ID: 400,
  UNKNOWN_DEMO_CITIZEN: 400,
  UNKNOWN_DEMO_STAFF: 400,
  SIGN_IN_FAILED: 400,
  SESSION_REQUIRED: 401,
  SESSION_EXPIRED: 401,
  ORIGIN_REFUSED: 403,
  NOT_FOUND: 404,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  INTERNAL_SERVER_ERROR: 500,
  CLIENT_NOT_BUILT: 503,
  GATEWAY_UNAVAILABLE: 503,
  IDENTITY_PROVIDER_UNAVAILABLE: 503,
} as const;
export type WebErrorCode = keyof typeof WEB_ERROR_STATUS;

abstract class WebError extends DomainError {
  abstract override readonly code: WebErrorCode;
}

/** No session: the citizen has not signed in (or signed out). */
export class SessionRequiredError extends WebError {
  readonly code = 'SESSION_REQUIRED';
  constructor() {
    super('Bạn cần đăng nhập. / Please sign in.');
  }
}

/** The session has ended: its lifetime or idle time passed, or its tokens could not be renewed. */
export class SessionExpiredError extends WebError {
  readonly code = 'SESSION_EXPIRED';
  constructor() {
    super('Phiên đăng nhập đã hết hạn, hãy đăng nhập lại. / Your session has expired; please sign in again.');
  }
}

/** A state-changing request from another origin, or not sent as JSON: refused before it does anything. */
export class OriginRefusedError extends WebError {
  readonly code = 'ORIGIN_REFUSED';
  constructor(vi: string, en: string) {
    super(`Yêu cầu bị từ chối: ${vi}. / Request refused: ${en}.`);
  }
}

export class UnsupportedMediaTypeError extends WebError {
  readonly code = 'UNSUPPORTED_MEDIA_TYPE';
  constructor() {
    super('Yêu cầu phải gửi dạng JSON (content-type: application/json). / Send the request as JSON.');
  }
}

export class WebNotFoundError extends WebError {
  readonly code = 'NOT_FOUND';
  constructor() {
    super('Không tìm thấy. / Not found.');
  }
}

export class WebBadRequestError extends WebError {
  readonly code = 'BAD_REQUEST';
}

export class InvalidPersonalIdError extends WebError {
  readonly code = 'INVALID_PERSONAL_ID';
  constructor() {
    super('Số định danh cá nhân phải gồm 12 chữ số. / A personal ID number has 12 digits.');
  }
}

export class UnknownDemoCitizenError extends WebError {
  readonly code = 'UNKNOWN_DEMO_CITIZEN';
  constructor() {
    super('Không có công dân mẫu với số định danh này. / No demo citizen has this personal ID number.');
  }
}

export class UnknownDemoStaffError extends WebError {
  readonly code = 'UNKNOWN_DEMO_STAFF';
  constructor() {
    super('Không có cán bộ mẫu với mã này. / No demo staff member has this id.');
  }
}

/** The provider's answer did not hold (state, PKCE, nonce, an error it returned): no session is made. */
export class SignInFailedError extends WebError {
  readonly code = 'SIGN_IN_FAILED';
  constructor(reason: string) {
    super(`Đăng nhập không thành công: ${reason}. / Sign-in failed: ${reason}.`);
  }
}

export class GatewayUnavailableError extends WebError {
  readonly code = 'GATEWAY_UNAVAILABLE';
  constructor() {
    super(
      'Hệ thống tạm thời không phản hồi, hãy thử lại sau ít phút. / The registry is not answering; try again in a few minutes.',
    );
  }
}

export class IdentityProviderUnavailableError extends WebError {
  readonly code = 'IDENTITY_PROVIDER_UNAVAILABLE';
  constructor() {
    super(
      'Dịch vụ định danh tạm thời không phản hồi, hãy thử lại sau. / The identity provider is not answering; try again later.',
    );
  }
}

export class ClientNotBuiltError extends WebError {
  readonly code = 'CLIENT_NOT_BUILT';
  constructor() {
    super('Giao diện chưa được xây dựng (npm run build). / The portal’s pages are not built (npm run build).');
  }
}
