import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { withoutStacktrace } from '@app/errors';

/** The code in `extensions.code` of an operation refused for its size, one per limit. */
export const QueryLimitCode = {
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  TOO_MANY_ALIASES: 'TOO_MANY_ALIASES',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  TOO_MANY_DIRECTIVES: 'TOO_MANY_DIRECTIVES',
  TOO_MANY_TOKENS: 'TOO_MANY_TOKENS',
} as const;
export type QueryLimitCode = (typeof QueryLimitCode)[keyof typeof QueryLimitCode];

/** Reported by a query-limit validation rule; every app's error formatter reads its code. */
export class QueryLimitError extends GraphQLError {
  constructor(
    message: string,
    readonly code: QueryLimitCode,
  ) {
    super(message);
  }
}

// graphql-js's own words (typo included) when `maxLexicalTokens` stops the parser.
const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more th(?:an|at) (\d+) tokens\. Parsing aborted\.$/;

/**
 * What an operation refused for its size is told, or undefined for any other error.
 * Apollo wraps validation errors as GRAPHQL_VALIDATION_FAILED and parse errors as
 * GRAPHQL_PARSE_FAILED, keeping the rule's or the parser's error as `originalError`.
 */
export function queryLimitRefusal(error: unknown): { code: QueryLimitCode; message: string } | undefined {
  for (let current = error; current instanceof Error; current = (current as GraphQLError).originalError) {
    if (current instanceof QueryLimitError) return { code: current.code, message: current.message };
    const tokens = current instanceof GraphQLError ? TOKEN_LIMIT_MESSAGE.exec(current.message) : null;
    if (tokens) return { code: QueryLimitCode.TOO_MANY_TOKENS, message: `Token limit of ${tokens[1]} exceeded.` };
  }
  return undefined;
}

/** `formatted` with its limit's code and words when `error` is a query-limit refusal, else undefined. */
export function formatQueryLimitRefusal(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError | undefined {
  const refusal = queryLimitRefusal(error);
  if (!refusal) return undefined;
  return withoutStacktrace({
    ...formatted,
    message: refusal.message,
    extensions: { ...formatted.extensions, code: refusal.code },
  });
}
