import { Logger } from '@nestjs/common';
import type { Pool, PoolClient } from 'pg';
import type { Socket } from 'node:net';
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
 *
 * It also destroys a connection whose server stays silent past the query deadline
 * (node-postgres' query_timeout): node-postgres fails the query but keeps the connection, with
 * the query still on the wire, so the next query would queue behind it forever. Marked unusable
 * and destroyed, it is dropped by the pool however its holder releases it (TypeORM releases
 * after a failed query without an error, which would otherwise return it to the pool).
 */
export function guardPoolConnections(pool: Pool, logger: Pick<Logger, 'warn'> = new Logger('Database')): void {
  pool.on('connect', (client: PoolClient) => {
    client.on('error', (error: Error) => {
      // Alone: neither the pool nor TypeORM heard it, so say it here. Otherwise they handle it.
      if (client.listenerCount('error') === 1) logger.warn(`a database connection failed: ${error.message}`);
    });
    destroyWhenSilent(client);
  });
}

/** node-postgres' error when query_timeout passes with no answer. */
const READ_TIMEOUT = 'Query read timeout';

function destroyWhenSilent(client: PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const silent = (error: unknown) => {
    if (!(error instanceof Error) || error.message !== READ_TIMEOUT) return;
    const internals = client as unknown as { _queryable: boolean; connection: { stream: Socket } };
    // At once, not when the socket's error event comes: a release in between would hand
    // the connection to the next caller. pg-pool drops a client that is not _queryable.
    internals._queryable = false;
    internals.connection.stream.destroy(new Error('no answer from the database within the query timeout'));
  };
  client.query = ((...args: unknown[]) => {
    const last = args[args.length - 1];
    if (typeof last === 'function') {
      const callback = last as (error: unknown, ...rest: unknown[]) => void;
      return query(...args.slice(0, -1), (error: unknown, ...rest: unknown[]) => {
        silent(error);
        callback(error, ...rest);
      });
    }
    const result = query(...args);
    // A Submittable (a cursor) reports its own errors; a plain query returns a promise.
    if (!isPromise(result)) return result;
    return result.catch((error: unknown) => {
      silent(error);
      throw error;
    });
  }) as typeof client.query;
}

/** guardPoolConnections for a TypeORM DataSource's pool (PostgreSQL driver). */
export function guardDataSourceConnections(dataSource: DataSource): void {
  guardPoolConnections((dataSource.driver as unknown as { master: Pool }).master);
}

function isPromise(value: unknown): value is Promise<unknown> {
  return typeof (value as Promise<unknown> | null)?.then === 'function' && !('submit' in (value as object));
}
