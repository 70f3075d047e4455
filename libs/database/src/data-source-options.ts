import { databaseUrl, type DatabaseConfig } from '@app/config';
import type { DataSourceOptions, MixedList } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** The table where TypeORM records which migrations have run. */
export const MIGRATIONS_TABLE = 'schema_migrations';

export interface DataSourceParts {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations?: MixedList<Function | string>;
  applicationName: string;
}

/**
 * One shape of TypeORM options for both engines: the embedded PGlite server and
 * PostgreSQL are reached alike, through `pg`. Schema changes come only from migrations.
 */
export function dataSourceOptions(database: DatabaseConfig, parts: DataSourceParts): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl(database),
    applicationName: parts.applicationName,
    entities: parts.entities,
    migrations: parts.migrations ?? [],
    migrationsTableName: MIGRATIONS_TABLE,
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    // gen_random_uuid() is built into PostgreSQL 13+ and PGlite: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    poolSize: database.poolSize,
    connectTimeoutMS: 5000,
    // Failed queries reach the caller's error filter, which logs them once, with the request id.
    logging: ['warn', 'migration'],
  };
}
