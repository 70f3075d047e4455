/**
 * An error the caller can act on: a stable SCREAMING_SNAKE code, a message safe to show,
 * and details (also safe to show) that land in the GraphQL error's `extensions`.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;

  constructor(
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/**
 * An argument or input field is malformed; `field` names it. The code is BAD_USER_INPUT,
 * or a more specific one where the rule has one (INVALID_PERSONAL_ID, INVALID_ENTERPRISE_CODE).
 */
export class InvalidInputError extends DomainError {
  constructor(
    readonly field: string,
    reason: string,
    readonly code: string = 'BAD_USER_INPUT',
  ) {
    super(`${field}: ${reason}`, { field });
  }
}

/** The record asked for does not exist. Each feature subclasses it with its own code. */
export abstract class NotFoundError extends DomainError {}
