import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloFederationDriver, type ApolloFederationDriverConfig } from '@nestjs/apollo';
import type { AppConfig } from '@app/config';
import { formatSubgraphError } from '@app/errors';
import { DateTimeScalar } from '@app/validation';
import type { RequestWithHeaders } from '@app/auth';
import type { PolicyContext, PolicyEngine } from '@app/access';
import { graphqlProtection, withQueryLimitCodes } from './protection/graphql-protection';

/**
 * GraphQL settings shared by every subgraph: a code-first Federation 2 schema at /graphql,
 * errors masked by formatSubgraphError, no stack traces, no inline tracing (it costs time
 * on every request), no introspection in production, and the gateway's own protection
 * (graphqlProtection): a subgraph reached directly is no more open than the gateway.
 */
export function subgraphGraphQLOptions(
  config: AppConfig,
  policy: PolicyEngine,
  accessLog: ApolloServerPlugin<never>,
): ApolloFederationDriverConfig {
  const { parseOptions, validationRules, plugins } = graphqlProtection(config, 'subgraph');
  return {
    driver: ApolloFederationDriver,
    path: '/graphql',
    // On Fastify Apollo's context function gets the request; guards find it as `req`, data
    // fields the policy's answers for this request as `access`.
    context: (request: RequestWithHeaders): { req: RequestWithHeaders } & PolicyContext => ({
      req: request,
      access: policy.forRequest(request),
    }),
    autoSchemaFile: { federation: 2 },
    // A Date-typed field or argument is our strict DateTime, never Nest's lenient one.
    buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
    // Guards and the error filter also on field resolvers: Nest counts reference resolvers
    // (_entities) among them, and an unguarded reference resolver answers anyone.
    fieldResolverEnhancers: ['guards', 'filters'],
    sortSchema: true,
    playground: false,
    introspection: !config.production,
    // Apollo's default, stated: one operation per request, as at the gateway.
    allowBatchedHttpRequests: false,
    parseOptions,
    validationRules,
    includeStacktraceInErrorResponses: false,
    formatError: withQueryLimitCodes(formatSubgraphError),
    // @nestjs/apollo loads @apollo/server's ESM build and we its CommonJS one: the plugin
    // is a plain object, so the two type declarations differ only on paper.
    // The access log's plugin writes each response's records before it is sent (fail closed).
    plugins: [ApolloServerPluginInlineTraceDisabled() as never, ...(plugins as never[]), accessLog as never],
  };
}
