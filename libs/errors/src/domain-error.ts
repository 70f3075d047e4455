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

/** An argument or input field is malformed; `field` names it. */
export class InvalidInputError extends DomainError {
  readonly code = 'BAD_USER_INPUT';

  constructor(
    readonly field: string,
    reason: string,
  ) {
    super(`${field}: ${reason}`, { field });
  }
}

/** The record asked for does not exist. Each feature subclasses it with its own code. */
export abstract class NotFoundError extends DomainError {}
