import { DomainError, NotFoundError } from '@app/errors';

export class AgencyNotFoundError extends NotFoundError {
  readonly code = 'AGENCY_NOT_FOUND';

  constructor(code: string) {
    super(`No agency with code ${code} is registered`, { agencyCode: code });
  }
}

export class AgencyAlreadyRegisteredError extends DomainError {
  readonly code = 'AGENCY_ALREADY_REGISTERED';

  constructor(code: string) {
    super(`An agency with code ${code} is registered already`, { agencyCode: code });
  }
}
