import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode, GRAPHQL_REQUEST_ERROR_CODES, internalError, madeByGraphQL, withoutStacktrace } from '@app/errors';
import { formatQueryLimitRefusal } from '@app/server';

/**
 * The gateway's last word on every error.
 * - An error a subgraph put in its response (the gateway tags it with `serviceName`) was
 *   already masked by that subgraph: it passes, minus the tag.
 * - An operation over a query limit gets that limit's code (QUERY_TOO_DEEP, …) in place of
 *   Apollo's GRAPHQL_VALIDATION_FAILED or GRAPHQL_PARSE_FAILED; the HTTP status stays 400.
 * - The gateway's own parse and validation errors pass.
 * - Anything else is the gateway failing to reach or read a subgraph, or a bug; its message
 *   names hosts and URLs, so it is logged and replaced.
 */
export function formatGatewayError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const extensions = (formatted.extensions ?? {}) as Record<string, unknown>;
  const code = extensions.code;
  if (typeof extensions.serviceName === 'string' && typeof code === 'string') {
    const { serviceName: _serviceName, ...rest } = extensions;
    return withoutStacktrace({ ...formatted, extensions: rest });
  }
  const refusal = formatQueryLimitRefusal(formatted, error);
  if (refusal) return refusal;
  const original = unwrapResolverError(error);
  const ownRequestError =
    typeof code === 'string' &&
    GRAPHQL_REQUEST_ERROR_CODES.has(code) &&
    madeByGraphQL(original) &&
    !('response' in extensions);
  if (ownRequestError) return withoutStacktrace(formatted);

  const masked = internalError(original);
  const requestId = typeof masked.extensions.requestId === 'string' ? masked.extensions.requestId : 'unknown';
  const unreachable = !(original instanceof GraphQLError) || 'response' in extensions;
  return {
    message: unreachable ? `A registry needed for this query is unavailable (request id ${requestId})` : masked.message,
    path: formatted.path,
    locations: formatted.locations,
    extensions: {
      ...masked.extensions,
      code: unreachable ? ErrorCode.SERVICE_UNAVAILABLE : ErrorCode.INTERNAL_SERVER_ERROR,
    },
  };
}
