import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError, ParseOptions, ValidationRule } from 'graphql';
import type { AppConfig } from '@app/config';
import { hideSuggestionsPlugin } from './hide-suggestions.plugin';
import { operationResolutionPlugin } from './operation-resolution.plugin';
import { formatQueryLimitRefusal } from './query-limit.error';
import { queryLimitOptions } from './query-limit-rules';
import { schemaAccessPlugin } from './schema-access.plugin';

/** What every GraphQL endpoint of the registry, gateway and subgraphs alike, is protected by. */
export interface GraphQLProtection {
  parseOptions: ParseOptions;
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin[];
}

/**
 * One set of rules for the gateway and every subgraph, since a subgraph's port is as reachable
 * as the gateway's: the query limits, one operation per request (400 BAD_REQUEST otherwise),
 * no "Did you mean" hints in production (with introspection off they would map the schema one
 * typo at a time), and, for a subgraph, its `_service` schema only to a proven schema reader.
 */
export function graphqlProtection(config: AppConfig, role: 'gateway' | 'subgraph'): GraphQLProtection {
  const { parseOptions, validationRules } = queryLimitOptions(config.queryLimits);
  const plugins: ApolloServerPlugin[] = [operationResolutionPlugin()];
  if (config.production) plugins.push(hideSuggestionsPlugin());
  if (role === 'subgraph') {
    plugins.push(
      schemaAccessPlugin({
        production: config.production,
        secret: config.schemaTokenSecret,
        clockSkewSeconds: config.tokens.clockSkewSeconds,
      }),
    );
  }
  return { parseOptions, validationRules, plugins };
}

/** Runs before an app's own error formatter: a query over a limit gets that limit's code. */
export function withQueryLimitCodes(
  format: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError,
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => formatQueryLimitRefusal(formatted, error) ?? format(formatted, error);
}
