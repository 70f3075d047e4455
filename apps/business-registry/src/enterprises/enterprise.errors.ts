import { DomainError, NotFoundError } from '@app/errors';

export class EnterpriseNotFoundError extends NotFoundError {
  readonly code = 'ENTERPRISE_NOT_FOUND';

  constructor(enterpriseCode: string) {
    super(`No enterprise with code ${enterpriseCode}`, { enterpriseCode });
  }
}

export class EnterpriseAlreadyRegisteredError extends DomainError {
  readonly code = 'ENTERPRISE_ALREADY_REGISTERED';

  constructor(enterpriseCode: string) {
    super(`An enterprise with code ${enterpriseCode} is already registered`, { enterpriseCode });
  }
}

/** An amendment that the registration rules do not allow (e.g. removing the last representative). */
export class InvalidAmendmentError extends DomainError {
  readonly code = 'INVALID_AMENDMENT';
}
