import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { QueryLimits } from '@app/config';
import type { GraphQLError, ParseOptions, ValidationContext, ValidationRule } from 'graphql';
import { QueryLimitCode, QueryLimitError } from './query-limit.error';

/** What Apollo Server needs to enforce the query limits: parser options and validation rules. */
export interface QueryLimitOptions {
  parseOptions: ParseOptions;
  validationRules: ValidationRule[];
}

/**
 * The query limits as Apollo Server options. They act while an app parses and validates,
 * so an oversized operation costs no resolver (and at the gateway no subgraph) call, and is refused with HTTP 400 like any
 * other invalid operation.
 */
export function queryLimitOptions(limits: QueryLimits): QueryLimitOptions {
  const refuse = (code: QueryLimitCode) => ({
    // Reported through the validation context, as armor does on Apollo, but as our own error:
    // armor's says BAD_USER_INPUT, which Apollo overwrites with GRAPHQL_VALIDATION_FAILED.
    // false stops armor from adding its report beside ours.
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(new QueryLimitError(error.message.replace(/^Syntax Error: /, ''), code)),
    ],
  });
  // Fragments are measured as if written inline: naming a selection must not change its weight.
  const { validationRules } = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true, ...refuse(QueryLimitCode.QUERY_TOO_DEEP) },
    maxAliases: { n: limits.maxAliases, ...refuse(QueryLimitCode.TOO_MANY_ALIASES) },
    costLimit: { maxCost: limits.maxCost, flattenFragments: true, ...refuse(QueryLimitCode.QUERY_TOO_COMPLEX) },
    maxDirectives: { n: limits.maxDirectives, ...refuse(QueryLimitCode.TOO_MANY_DIRECTIVES) },
    // Armor's token plugin parses every query a second time and, on Apollo, turns its refusal
    // (and any other unexpected error, message and all) into a 500; graphql-js counts tokens
    // in the one parse Apollo does, and its refusal is an ordinary 400 parse error.
    maxTokens: { enabled: false },
    // Suggestions are hidden by hideSuggestionsPlugin, which also covers the enum-value and
    // inline-fragment hints that armor's pattern misses.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return { parseOptions: { maxLexicalTokens: limits.maxTokens }, validationRules };
}
