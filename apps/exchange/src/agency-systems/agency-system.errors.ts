import { DomainError, InvalidInputError, NotFoundError } from '@app/errors';

export class AgencySystemNotFoundError extends NotFoundError {
  readonly code = 'AGENCY_SYSTEM_NOT_FOUND';

  constructor(clientId: string) {
    super(`No agency system with client id ${clientId}`, { clientId });
  }
}

export class AgencySystemAlreadyRegisteredError extends DomainError {
  readonly code = 'AGENCY_SYSTEM_ALREADY_REGISTERED';

  constructor(clientId: string) {
    super(`The client id ${clientId} is taken`, { clientId });
  }
}

/** The system is not in a status the action applies to (approving an active one, …). */
export class AgencySystemStatusError extends DomainError {
  readonly code = 'AGENCY_SYSTEM_STATUS_CONFLICT';

  constructor(clientId: string, status: string, action: string) {
    super(`Agency system ${clientId} is ${status}: it cannot be ${action}`, { clientId, status });
  }
}

/**
 * The four-eyes rule: whoever registered a system cannot approve it, whoever suspended it
 * cannot resume it, whoever added a key cannot approve the key.
 */
export class SelfApprovalError extends DomainError {
  readonly code = 'SELF_APPROVAL_FORBIDDEN';

  constructor(message = 'An agency system needs a second, different administrator to approve it') {
    super(message);
  }
}

/** Only a pending key can be approved. */
export class SystemKeyNotPendingError extends DomainError {
  readonly code = 'SYSTEM_KEY_NOT_PENDING';

  constructor(clientId: string, kid: string, status: string) {
    super(`Key ${kid} of system ${clientId} is ${status}, not pending: there is nothing to approve`, {
      clientId,
      kid,
      status,
    });
  }
}

/** What is wrong with a submitted key, for the `reason` of INVALID_PUBLIC_KEY. */
export type PublicKeyProblem =
  | 'MALFORMED'
  | 'PRIVATE_KEY_MATERIAL'
  | 'SYMMETRIC_KEY'
  | 'UNSUPPORTED_KEY_TYPE'
  | 'UNSUPPORTED_CURVE'
  | 'NOT_A_SIGNING_KEY'
  | 'ALGORITHM_MISMATCH'
  | 'INVALID_KID'
  | 'DUPLICATE_KEY'
  | 'TOO_MANY_KEYS';

/** A submitted key is not an Ed25519 or P-256 public signing key; nothing was stored. */
export class InvalidPublicKeyError extends InvalidInputError {
  constructor(
    field: string,
    readonly reason: PublicKeyProblem,
    message: string,
  ) {
    super(field, message, 'INVALID_PUBLIC_KEY');
    Object.assign(this.details, { reason });
  }
}

export class KeyAlreadyRegisteredError extends DomainError {
  readonly code = 'SYSTEM_KEY_ALREADY_REGISTERED';

  constructor(clientId: string, kid: string) {
    super(`System ${clientId} has a key ${kid} already (the same key, or the same kid)`, { clientId, kid });
  }
}

export class SystemKeyNotFoundError extends NotFoundError {
  readonly code = 'SYSTEM_KEY_NOT_FOUND';

  constructor(clientId: string, kid: string) {
    super(`System ${clientId} has no key ${kid}`, { clientId, kid });
  }
}

/** A revoked key stays revoked: revoking again is a mistake worth telling. */
export class KeyAlreadyRevokedError extends DomainError {
  readonly code = 'SYSTEM_KEY_ALREADY_REVOKED';

  constructor(clientId: string, kid: string, revokedAt: Date) {
    super(`Key ${kid} of system ${clientId} was revoked already, at ${revokedAt.toISOString()}`, {
      clientId,
      kid,
      revokedAt: revokedAt.toISOString(),
    });
  }
}
