import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { GRAPHQL_REQUEST_ERROR_CODES } from './error-codes';
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
  if (original instanceof SafeGraphQLError || (typeof code === 'string' && GRAPHQL_REQUEST_ERROR_CODES.has(code) && !isUnexpected(original))) {
    return withoutStacktrace(formatted);
  }
  const masked = internalError(original);
  return { message: masked.message, path: formatted.path, locations: formatted.locations, extensions: masked.extensions };
}

/** A non-GraphQL error carrying a request-error code got there by accident: mask it. */
function isUnexpected(original: unknown): boolean {
  return original instanceof Error && !('extensions' in original);
}

export function withoutStacktrace(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions || !('stacktrace' in formatted.extensions)) return formatted;
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}
