import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, ConfigError, databaseConfigProblem, type AppConfig } from '@app/config';
import { guardDataSourceConnections } from './connection-errors';
import { DatabaseHealth } from './database-health';
import type { DataSourceParts } from './data-source-options';
import { dataSourceOptions } from './data-source-options';

/**
 * The app's TypeORM connection, to the embedded PGlite server or PostgreSQL as configured.
 * It never changes the schema: `npm start` and `npm run migration:run` apply migrations.
 */
@Module({})
export class DatabaseModule {
  static forRoot(parts: DataSourceParts): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => {
            const problem = databaseConfigProblem(config);
            if (problem) throw new ConfigError([problem]);
            return {
              ...dataSourceOptions(config.database, parts),
              // Fail fast and say so: the launcher reports which app could not start and why.
              retryAttempts: 0,
            };
          },
          dataSourceFactory: async (options) => {
            const dataSource = await new DataSource(options!).initialize();
            guardDataSourceConnections(dataSource);
            return dataSource;
          },
        }),
      ],
      providers: [DatabaseHealth],
      exports: [DatabaseHealth],
    };
  }
}
