import { Catch, Logger, type ArgumentsHost } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { currentRequestId } from '@app/observability';
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
  catch(exception: unknown, _host: ArgumentsHost): GraphQLError {
    return toSafeGraphQLError(exception);
  }
}

/** Maps any thrown value to a GraphQL error fit to send. */
export function toSafeGraphQLError(exception: unknown): GraphQLError {
  if (exception instanceof DomainError) {
    return new SafeGraphQLError(exception.message, exception.code, exception.details);
  }
  if (exception instanceof SafeGraphQLError) return exception;
  return internalError(exception);
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
