import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloGatewayDriver, type ApolloGatewayDriverConfig } from '@nestjs/apollo';
import { APP_FILTER } from '@nestjs/core';
import { Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { AuthModule } from '@app/auth';
import { GraphQLModule } from '@nestjs/graphql';
import { ConfigModule, type AppConfig } from '@app/config';
import { graphqlProtection } from '@app/server';
import { formatGatewayError } from './gateway-errors';
import { gatewayContext } from './gateway-context';
import { TokenCheckMiddleware } from './auth/token-check.middleware';
import { ExchangeProxyController } from './exchange-proxy/exchange-proxy.controller';
import { HealthController } from './health/health.controller';
import { SubgraphProbe } from './health/subgraph-probe';
import { RequestErrorFilter } from './protection/request-error.filter';
import { supergraphSource } from './supergraph/supergraph-source';

/** The one public endpoint: plans each query over the subgraphs and masks what must not leave. */
@Module({})
export class GatewayModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(TokenCheckMiddleware).forRoutes('graphql');
  }

  static forRoot(config: AppConfig): DynamicModule {
    const { parseOptions, validationRules, plugins } = graphqlProtection(config, 'gateway');
    return {
      module: GatewayModule,
      imports: [
        ConfigModule.forRoot(config),
        AuthModule,
        GraphQLModule.forRoot<ApolloGatewayDriverConfig>({
          driver: ApolloGatewayDriver,
          server: {
            path: '/graphql',
            context: gatewayContext,
            playground: false,
            introspection: !config.production,
            // Apollo's default, stated: one operation per request, so that the query limits and
            // the rate limits count operations, not HTTP requests. A JSON array gets 400 BAD_REQUEST.
            allowBatchedHttpRequests: false,
            parseOptions,
            validationRules,
            includeStacktraceInErrorResponses: false,
            formatError: formatGatewayError,
            plugins: [ApolloServerPluginInlineTraceDisabled() as never, ...(plugins as never[])],
          },
          gateway: supergraphSource(config),
        }),
      ],
      controllers: [HealthController, ExchangeProxyController],
      providers: [SubgraphProbe, { provide: APP_FILTER, useClass: RequestErrorFilter }],
    };
  }
}
