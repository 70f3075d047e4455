import { Logger } from '@nestjs/common';
import type { Pool, PoolClient } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * Gives every new pooled connection an 'error' listener for its whole life, so that a
 * connection the server drops can fail a query but never the process.
 *
 * pg-pool hands a new connection over from inside the socket's read loop, having removed its
 * own listener; TypeORM adds its listener a promise tick later. A backend terminated just as
 * it started (a restart, a failover, pg_terminate_backend) sends its FATAL in that same read,
 * and an 'error' event with no listener kills the process (node-postgres issue 2762). With a
 * listener the connection is only unusable: the query that gets it fails, and the pool drops it.
 */
export function guardPoolConnections(pool: Pool, logger: Pick<Logger, 'warn'> = new Logger('Database')): void {
  pool.on('connect', (client: PoolClient) => {
    client.on('error', (error: Error) => {
      // Alone: neither the pool nor TypeORM heard it, so say it here. Otherwise they handle it.
      if (client.listenerCount('error') === 1) logger.warn(`a database connection failed: ${error.message}`);
    });
  });
}

/** guardPoolConnections for a TypeORM DataSource's pool (PostgreSQL driver). */
export function guardDataSourceConnections(dataSource: DataSource): void {
  guardPoolConnections((dataSource.driver as unknown as { master: Pool }).master);
}
