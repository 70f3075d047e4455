import { databaseUrl, usesEmbeddedDatabase, type DatabaseConfig } from '@app/config';
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
  /**
   * Tools that migrate or import: a statement may rightly run for minutes, so neither the
   * server nor the client puts a deadline on it. Connecting and keepalive stay bounded.
   */
  longStatements?: boolean;
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
    // Also how long a caller waits for a free connection in the pool (pg-pool).
    connectTimeoutMS: database.timeouts.connectMs,
    extra: boundedWaits(database, parts.longStatements === true),
    // Failed queries reach the caller's error filter, which logs them once, with the request id.
    logging: ['warn', 'migration'],
  };
}

/**
 * node-postgres settings that bound every wait on a connection. The server-side ones travel
 * in the start-up message; the embedded PGlite server gets none of them: its one backend
 * shares session settings among all sessions, and a session it ended for idling in a
 * transaction would end them all. It bounds its own waits (lockWaitMs, idleInTransactionMs).
 */
export function boundedWaits(database: DatabaseConfig, longStatements: boolean): Record<string, unknown> {
  const { timeouts } = database;
  const settings: Record<string, unknown> = { keepAlive: true, keepAliveInitialDelayMillis: timeouts.keepAliveMs };
  if (longStatements) return settings;
  // Client side: a server that says nothing for this long gets its connection destroyed
  // (guardPoolConnections), the one case the server's own timeouts cannot see.
  settings.query_timeout = timeouts.queryMs;
  if (usesEmbeddedDatabase(database)) return settings;
  return {
    ...settings,
    statement_timeout: timeouts.statementMs,
    lock_timeout: timeouts.lockMs,
    idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
  };
}
