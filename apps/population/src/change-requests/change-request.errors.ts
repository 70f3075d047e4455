import { DomainError, NotFoundError } from '@app/errors';

export class ChangeRequestNotFoundError extends NotFoundError {
  readonly code = 'CHANGE_REQUEST_NOT_FOUND';

  constructor(id: string) {
    super(`No change request ${id}`, { id });
  }
}

/** The request was approved, rejected or superseded already. */
export class ChangeRequestDecidedError extends DomainError {
  readonly code = 'CHANGE_REQUEST_DECIDED';

  constructor(id: string, status: string) {
    super(`Change request ${id} is ${status} already`, { id, status });
  }
}

/** The four-eyes rule: the steward who asked cannot approve. */
export class SelfApprovalError extends DomainError {
  readonly code = 'SELF_APPROVAL_FORBIDDEN';

  constructor() {
    super('A sensitive change needs a second, different steward to approve it');
  }
}

export class InvalidMergeError extends DomainError {
  readonly code = 'INVALID_MERGE';
}
