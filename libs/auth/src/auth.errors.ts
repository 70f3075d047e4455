import { DomainError } from '@app/errors';

/** No credentials, or credentials that do not verify: HTTP 401 at the gateway. */
export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED';
}

/** A verified caller asked for something no rule lets them have. */
export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN';
}

/** An issuer's key set could not be fetched: the fault is ours, so the caller may retry. */
export class KeySetUnavailableError extends DomainError {
  readonly code = 'SERVICE_UNAVAILABLE';

  constructor() {
    super('Tokens cannot be verified right now: the key set is unavailable; try again shortly');
  }
}
