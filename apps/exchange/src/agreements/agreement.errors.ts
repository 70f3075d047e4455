import { DomainError, InvalidInputError, NotFoundError } from '@app/errors';

export class AgreementNotFoundError extends NotFoundError {
  readonly code = 'AGREEMENT_NOT_FOUND';

  constructor(details: { id: string } | { agreementNumber: string }) {
    super(`No agreement ${'id' in details ? details.id : details.agreementNumber}`, details);
  }
}

export class UnknownCategoryError extends InvalidInputError {
  constructor(field: string, category: string) {
    super(field, `${category} is not a known data category`, 'UNKNOWN_CATEGORY');
  }
}

export class UnknownPurposeError extends InvalidInputError {
  constructor(field: string, purpose: string) {
    super(field, `${purpose} is not in the purpose catalogue`, 'UNKNOWN_PURPOSE');
  }
}

/** The window ends before, or when, it starts. */
export class InvalidValidityWindowError extends InvalidInputError {
  constructor(field: string) {
    super(field, 'the agreement must end after it starts', 'INVALID_VALIDITY_WINDOW');
  }
}

/** Only a proposed version can be approved or rejected. */
export class AgreementNotProposedError extends DomainError {
  readonly code = 'AGREEMENT_NOT_PROPOSED';

  constructor(id: string, status: string) {
    super(`Agreement version ${id} is ${status}, not proposed: there is nothing to decide`, { id, status });
  }
}

/** The four-eyes rule: whoever proposed a version cannot decide on it. */
export class SelfApprovalError extends DomainError {
  readonly code = 'SELF_APPROVAL_FORBIDDEN';

  constructor() {
    super('A proposed agreement version needs a second, different administrator to decide on it');
  }
}

/** A widening waits for approval already; it must be decided before another is proposed. */
export class AgreementChangePendingError extends DomainError {
  readonly code = 'AGREEMENT_CHANGE_PENDING';

  constructor(agreementNumber: string, pendingVersion: number) {
    super(`Version ${pendingVersion} of agreement ${agreementNumber} awaits a decision: approve or reject it first`, {
      agreementNumber,
      pendingVersion,
    });
  }
}

/** Nothing of the agreement is in force (still proposed, rejected, or withdrawn). */
export class AgreementNotInForceError extends DomainError {
  readonly code = 'AGREEMENT_NOT_IN_FORCE';

  constructor(agreementNumber: string) {
    super(`Agreement ${agreementNumber} has no approved version to change`, { agreementNumber });
  }
}

export class NoChangeError extends DomainError {
  readonly code = 'NO_CHANGE';

  constructor() {
    super('The amendment changes nothing in the agreement');
  }
}
