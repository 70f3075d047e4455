import type { EnvReader } from './env-reader';

/**
 * How large one GraphQL operation may be. The gateway checks these while parsing and
 * validating, so an operation over a limit is refused before any subgraph is called; each
 * subgraph checks them again, for a caller that reaches it directly.
 */
export interface QueryLimits {
  /** Nested field levels, leaf included: enterprise → legalRepresentatives → citizen → fullName is 4. */
  maxDepth: number;
  /** Aliased fields in one operation (aliases turn one request into many lookups). */
  maxAliases: number;
  /** graphql-armor's cost: each level weighs 1.5× the one above, a literal `first: n` multiplies by n. */
  maxCost: number;
  maxDirectives: number;
  /** Lexical tokens of the query text, counted while parsing (comments and whitespace are free). */
  maxTokens: number;
}

/**
 * The defaults leave room above the deepest and heaviest queries the registries serve today
 * (depth 9 for enterprise → history → record → legalRepresentatives → citizen → familyLinks →
 * citizen → birthDate → year; cost about 4,000 for a full page of 100 search results), and a
 * literal list of MAX_BATCH_LOOKUP's default 1,000 identifiers fits in the token limit.
 */
export function readQueryLimits(read: EnvReader): QueryLimits {
  return {
    maxDepth: read.integer('GRAPHQL_MAX_DEPTH', 10, 2, 100),
    maxAliases: read.integer('GRAPHQL_MAX_ALIASES', 15, 0, 1000),
    maxCost: read.integer('GRAPHQL_MAX_COST', 5000, 10, 10_000_000),
    maxDirectives: read.integer('GRAPHQL_MAX_DIRECTIVES', 20, 0, 1000),
    maxTokens: read.integer('GRAPHQL_MAX_TOKENS', 2000, 100, 1_000_000),
  };
}
