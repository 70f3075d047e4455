import { DomainError, InvalidInputError, NotFoundError } from '@app/errors';

export class ConsentRequestNotFoundError extends NotFoundError {
  readonly code = 'CONSENT_REQUEST_NOT_FOUND';

  constructor(id: string) {
    super(`No consent request ${id}`, { id });
  }
}

export class ConsentNotFoundError extends NotFoundError {
  readonly code = 'CONSENT_NOT_FOUND';

  constructor(id: string) {
    super(`No consent ${id}`, { id });
  }
}

/** The window starts in the past, ends before it starts, or reaches more than a year ahead. */
export class ConsentWindowInvalidError extends InvalidInputError {
  constructor(field: string, reason: string) {
    super(field, reason, 'CONSENT_WINDOW_INVALID');
  }
}

/** The agency already waits on as many answers from this citizen as it may. */
export class TooManyOpenRequestsError extends DomainError {
  readonly code = 'TOO_MANY_OPEN_REQUESTS';

  constructor(agencyCode: string, limit: number) {
    super(`${agencyCode} already has ${limit} requests awaiting this citizen's answer`, { agencyCode, limit });
  }
}

/** Answered, withdrawn, or past its answer-by time: there is nothing left to decide. */
export class ConsentRequestClosedError extends DomainError {
  readonly code = 'CONSENT_REQUEST_CLOSED';

  constructor(id: string, status: string) {
    super(`Consent request ${id} is ${status}: it can no longer be answered`, { id, status });
  }
}

/** A citizen may grant part of what was asked, never more. */
export class ConsentWiderThanRequestedError extends DomainError {
  readonly code = 'CONSENT_WIDER_THAN_REQUESTED';

  constructor(categories: string[]) {
    super(`The request did not ask for ${categories.join(', ')}`, { categories });
  }
}

export class ConsentAlreadyRevokedError extends DomainError {
  readonly code = 'CONSENT_ALREADY_REVOKED';

  constructor(id: string) {
    super(`Consent ${id} is already revoked`, { id });
  }
}

/** Pausing or resuming a consent whose state does not allow it (revoked, spent, expired, or already so). */
export class ConsentStateError extends DomainError {
  readonly code = 'CONSENT_STATE_CONFLICT';

  constructor(id: string, action: string, status: string) {
    super(`Consent ${id} is ${status}: it cannot be ${action}`, { id, action, status });
  }
}
