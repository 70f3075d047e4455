import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloGatewayDriver, type ApolloGatewayDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { AuthModule } from '@app/auth';
import { GraphQLModule } from '@nestjs/graphql';
import { ConfigModule, type AppConfig } from '@app/config';
import { formatGatewayError } from './gateway-errors';
import { gatewayContext } from './gateway-context';
import { TokenCheckMiddleware } from './auth/token-check.middleware';
import { HealthController } from './health/health.controller';
import { SubgraphProbe } from './health/subgraph-probe';
import { supergraphSource } from './supergraph/supergraph-source';

/** The one public endpoint: plans each query over the subgraphs and masks what must not leave. */
@Module({})
export class GatewayModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(TokenCheckMiddleware).forRoutes('graphql');
  }

  static forRoot(config: AppConfig): DynamicModule {
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
            includeStacktraceInErrorResponses: false,
            formatError: formatGatewayError,
            plugins: [ApolloServerPluginInlineTraceDisabled() as never],
          },
          gateway: supergraphSource(config),
        }),
      ],
      controllers: [HealthController],
      providers: [SubgraphProbe],
    };
  }
}
