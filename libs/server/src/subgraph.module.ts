import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { AuthModule } from '@app/auth';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloFederationDriver, type ApolloFederationDriverConfig } from '@nestjs/apollo';
import { AccessGuard, AccessLogWriter, AccessModule, PolicyEngine, accessLogPlugin } from '@app/access';
import { ConfigModule, type AppConfig } from '@app/config';
import { DatabaseModule, type DataSourceParts } from '@app/database';
import { DomainErrorFilter } from '@app/errors';
import { createValidationPipe } from '@app/validation';
import { PaginationModule } from '@app/pagination';
import { SubgraphHealthController } from './subgraph-health.controller';
import { subgraphGraphQLOptions } from './subgraph-graphql.options';

export interface SubgraphDefinition {
  /** The app, as its access records name it. */
  name: string;
  config: AppConfig;
  database: DataSourceParts;
  features: Type[];
}

/**
 * What every subgraph has in common: configuration, its database connection, the GraphQL
 * federation endpoint, token verification with a deny-by-default guard, the error filter,
 * argument validation and a health endpoint.
 */
@Module({})
export class SubgraphModule {
  static forRoot(definition: SubgraphDefinition): DynamicModule {
    return {
      module: SubgraphModule,
      imports: [
        ConfigModule.forRoot(definition.config),
        DatabaseModule.forRoot(definition.database),
        AuthModule,
        AccessModule,
        PaginationModule,
        GraphQLModule.forRootAsync<ApolloFederationDriverConfig>({
          driver: ApolloFederationDriver,
          inject: [PolicyEngine, AccessLogWriter],
          useFactory: (policy: PolicyEngine, accessLog: AccessLogWriter) =>
            subgraphGraphQLOptions(definition.config, policy, accessLogPlugin(accessLog, definition.name)),
        }),
        ...definition.features,
      ],
      controllers: [SubgraphHealthController],
      providers: [
        { provide: APP_FILTER, useClass: DomainErrorFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
    };
  }
}
