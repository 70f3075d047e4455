import { DomainError, NotFoundError } from '@app/errors';

/**
 * No entry with this seq in the caller's own access log: it does not exist, is someone else's,
 * or is sealed to them for now. One answer for all three, so that asking reveals nothing.
 */
export class AccessEntryNotFoundError extends NotFoundError {
  readonly code = 'ACCESS_ENTRY_NOT_FOUND';

  constructor(seq: string) {
    super(`There is no entry ${seq} in your access log`, { seq });
  }
}

export class AccessDisputeNotFoundError extends NotFoundError {
  readonly code = 'ACCESS_DISPUTE_NOT_FOUND';

  constructor(id: string) {
    super(`No access dispute ${id}`, { id });
  }
}

/** The entry has a dispute waiting for its outcome already: one at a time. */
export class AccessDisputeAlreadyOpenError extends DomainError {
  readonly code = 'ACCESS_DISPUTE_ALREADY_OPEN';

  constructor(seq: string, disputeId: string) {
    super(`Entry ${seq} of your access log is disputed already; follow dispute ${disputeId}`, { seq, disputeId });
  }
}

/** The step is not one the dispute's status allows (answer before review, anything after an outcome). */
export class AccessDisputeStateError extends DomainError {
  readonly code = 'ACCESS_DISPUTE_STATE_CONFLICT';

  constructor(id: string, status: string, step: string) {
    super(`Access dispute ${id} is ${status}: it cannot be ${step}`, { id, status, step });
  }
}

/** The auditor's read of a dispute could not be recorded in the access log: nothing of it is sent. */
export class DisputeReadNotRecordedError extends DomainError {
  readonly code = 'ACCESS_LOG_UNAVAILABLE';

  constructor() {
    super('The read could not be recorded in the access log, so nothing is released; try again shortly');
  }
}
