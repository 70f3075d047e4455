import { Catch, HttpException, HttpStatus, Logger, type ArgumentsHost } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { currentRequestId } from '@app/observability';
import { DatabaseUnavailableError, isDatabaseUnavailable } from './database-unavailable';
import { DomainError } from './domain-error';
import { ErrorCode } from './error-codes';
import { SafeGraphQLError } from './safe-graphql-error';

const logger = new Logger('Errors');

/**
 * The one place an app turns what a resolver threw into what the caller sees: a domain
 * error keeps its code and message; anything else is logged in full and answered with a
 * generic message and the request id, so no stack, SQL or host name leaves the process.
 */
@Catch()
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): GraphQLError | void {
    if (host.getType() === 'http') return sendHttpError(exception, host);
    return toSafeGraphQLError(exception);
  }
}

/** HTTP status of a domain error code on the few REST endpoints (token, keys, health). */
const HTTP_STATUS_OF_CODE: Record<string, number> = {
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  RATE_LIMITED: HttpStatus.TOO_MANY_REQUESTS,
  SERVICE_UNAVAILABLE: HttpStatus.SERVICE_UNAVAILABLE,
};

/** The same rules for a REST endpoint: a code and a safe message as JSON, internals masked. */
function sendHttpError(exception: unknown, host: ArgumentsHost): void {
  const reply = host.switchToHttp().getResponse<{
    status(code: number): { send(body: unknown): unknown };
    header(name: string, value: string): unknown;
  }>();
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const code = status === 404 ? 'NOT_FOUND' : status < 500 ? 'BAD_REQUEST' : ErrorCode.INTERNAL_SERVER_ERROR;
    reply.status(status).send({ error: { code, message: status < 500 ? exception.message : 'Internal server error' } });
    return;
  }
  const error = toSafeGraphQLError(exception);
  const code = String(error.extensions.code);
  const status =
    HTTP_STATUS_OF_CODE[code] ??
    (code === ErrorCode.INTERNAL_SERVER_ERROR ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST);
  const retryAfter = error.extensions.retryAfterSeconds;
  if (typeof retryAfter === 'number') reply.header('Retry-After', String(retryAfter));
  reply.status(status).send({ error: { ...error.extensions, code, message: error.message } });
}

/** Maps any thrown value to a GraphQL error fit to send. */
export function toSafeGraphQLError(exception: unknown): GraphQLError {
  if (exception instanceof DomainError) {
    return new SafeGraphQLError(exception.message, exception.code, exception.details);
  }
  if (exception instanceof SafeGraphQLError) return exception;
  if (isDatabaseUnavailable(exception)) return databaseUnavailable(exception);
  return internalError(exception);
}

/**
 * A lost database, whichever query, driver or pool said so: SERVICE_UNAVAILABLE with a retry
 * hint and the request id; the cause is logged in one line (it is an outage, not a bug).
 */
function databaseUnavailable(cause: unknown): SafeGraphQLError {
  const requestId = currentRequestId();
  logger.warn(`the database is unavailable: ${cause instanceof Error ? cause.message : String(cause)}`);
  const lost = new DatabaseUnavailableError();
  return new SafeGraphQLError(lost.message, lost.code, { ...lost.details, ...(requestId ? { requestId } : {}) });
}

/** Logs `cause` with its stack and returns the generic error the caller gets instead. */
export function internalError(cause: unknown): SafeGraphQLError {
  const requestId = currentRequestId();
  logger.error(cause instanceof Error ? (cause.stack ?? cause.message) : String(cause));
  return new SafeGraphQLError(
    requestId ? `Internal server error (request id ${requestId})` : 'Internal server error',
    ErrorCode.INTERNAL_SERVER_ERROR,
    requestId ? { requestId } : {},
  );
}
