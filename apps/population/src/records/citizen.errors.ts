import { DomainError, InvalidInputError, NotFoundError } from '@app/errors';

export class CitizenNotFoundError extends NotFoundError {
  readonly code = 'CITIZEN_NOT_FOUND';

  constructor(personalIdNumber: string, asOf?: Date) {
    super(
      asOf
        ? `No citizen with personal ID number ${personalIdNumber} was registered at ${asOf.toISOString()}`
        : `No citizen with personal ID number ${personalIdNumber}`,
      { personalIdNumber },
    );
  }
}

export class CitizenAlreadyRegisteredError extends DomainError {
  readonly code = 'CITIZEN_ALREADY_REGISTERED';

  constructor(personalIdNumber: string) {
    super(`A citizen with personal ID number ${personalIdNumber} is already registered`, { personalIdNumber });
  }
}

export class NoChangeError extends DomainError {
  readonly code = 'NO_CHANGE';

  constructor() {
    super('The correction changes nothing in the record');
  }
}

/** A date that does not exist (31 February) or lies in the future. */
export class InvalidDateError extends InvalidInputError {
  constructor(field: string, reason: string) {
    super(field, reason, 'INVALID_DATE');
  }
}
