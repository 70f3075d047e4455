import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloGatewayDriver, type ApolloGatewayDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ConfigModule, type AppConfig } from '@app/config';
import { formatGatewayError } from './gateway-errors';
import { gatewayContext } from './gateway-context';
import { HealthController } from './health/health.controller';
import { SubgraphProbe } from './health/subgraph-probe';
import { supergraphSource } from './supergraph/supergraph-source';

/** The one public endpoint: plans each query over the subgraphs and masks what must not leave. */
@Module({})
export class GatewayModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        ConfigModule.forRoot(config),
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
