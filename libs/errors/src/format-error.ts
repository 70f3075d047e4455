import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ErrorCode, GRAPHQL_REQUEST_ERROR_CODES } from './error-codes';
import { internalError } from './domain-error.filter';
import { SafeGraphQLError } from './safe-graphql-error';

/**
 * Apollo's last word on every error of a subgraph's response. Errors our filter made, and
 * the GraphQL machinery's own parse/validation errors, pass; anything else (a throw that
 * escaped the filter) is masked. Stack traces are never sent.
 */
export function formatSubgraphError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = formatted.extensions?.code;
  if (
    original instanceof SafeGraphQLError ||
    (typeof code === 'string' && GRAPHQL_REQUEST_ERROR_CODES.has(code) && madeByGraphQL(original))
  ) {
    return withoutStacktrace(formatted);
  }
  // Apollo gives an uncoded error INTERNAL_SERVER_ERROR before it reaches us.
  if ((code === undefined || code === ErrorCode.INTERNAL_SERVER_ERROR) && isArgumentCoercionError(original)) {
    return withoutStacktrace({ ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } });
  }
  const masked = internalError(original);
  return {
    message: masked.message,
    path: formatted.path,
    locations: formatted.locations,
    extensions: masked.extensions,
  };
}

/**
 * Whether the error and every cause behind it are GraphQL's own: a request-error code on
 * top of a plain Error (a driver's, a library's) may carry internals in its message.
 */
export function madeByGraphQL(error: unknown): boolean {
  for (let current: unknown = error; current !== undefined; current = current.originalError) {
    if (!(current instanceof GraphQLError)) return false;
  }
  return true;
}

export function withoutStacktrace(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions || !('stacktrace' in formatted.extensions)) return formatted;
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}

/**
 * GraphQL's own refusal of a field's arguments while executing (`Argument "first" of non-null
 * type "Int!" must not be null`: a variable sent as null for an argument with a default).
 * graphql-js gives it no code; its message describes the query, never the server.
 */
function isArgumentCoercionError(error: unknown): boolean {
  return (
    error instanceof GraphQLError &&
    error.originalError === undefined &&
    /^Argument "\w+" (of (required|non-null) type "[\w![\]]+" (was not provided|must not be null)|has invalid value)/.test(
      error.message,
    )
  );
}
