import { DomainError } from './domain-error';
import { ErrorCode } from './error-codes';

/** How long a caller is told to wait before it tries again when the database is lost. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/**
 * The database cannot be reached, or stopped answering in time: the registry is there, the
 * read may be tried again shortly. SERVICE_UNAVAILABLE with `retryAfterSeconds`.
 */
export class DatabaseUnavailableError extends DomainError {
  readonly code = ErrorCode.SERVICE_UNAVAILABLE;

  constructor() {
    super(`The registry's database is unavailable; try again in ${DATABASE_RETRY_AFTER_SECONDS} seconds`, {
      retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
    });
  }
}

// SQLSTATE classes and codes of a server that is gone, going, refusing, or that gave up on a
// wait we bound: connection exceptions (08), shutdown and start-up (57P01–57P03), statement
// or lock timeout (57014, 55P03), idle in a transaction too long (25P03), too many connections.
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[1-3]|57014|55P03|25P03|53300)$/;

// What node-postgres and pg-pool say when the socket dies or a deadline passes.
const UNAVAILABLE_MESSAGE =
  /^(Connection terminated|timeout exceeded when trying to connect|Query read timeout|Client has encountered a connection error|Client was closed and is not queryable|no answer from the database|timeout expired)/;

// System errors of a network path that is not there.
const UNAVAILABLE_ERRNO = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * Whether `error` says the database is unreachable or not answering in time, rather than that
 * a statement is wrong. Walks what wraps what: TypeORM's QueryFailedError (driverError), a
 * GraphQLError's originalError, an Error's cause, AggregateError (a connection tried on several addresses).
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== 'object' || error === null) return false;
  const { code, message, driverError, originalError, cause, errors } = error as {
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    originalError?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_ERRNO.has(code))) return true;
  if (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)) return true;
  return (
    isDatabaseUnavailable(driverError, depth + 1) ||
    isDatabaseUnavailable(originalError, depth + 1) ||
    isDatabaseUnavailable(cause, depth + 1) ||
    (Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailable(inner, depth + 1)))
  );
}
