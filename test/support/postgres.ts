import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource } from 'typeorm';

/** True when the suite runs against a PostgreSQL server (DATABASE_URL), not the embedded one. */
export const ON_POSTGRES = Boolean(process.env.DATABASE_URL);

/**
 * A case that needs a PostgreSQL server of its own (several backends, pg_terminate_backend,
 * lock waits between sessions); on the embedded server it is skipped, saying why.
 */
export const onPostgres = (name: string, why: string, fn: () => Promise<void>, timeout?: number) =>
  ON_POSTGRES ? it(name, fn, timeout) : it.skip(`${name} [PostgreSQL only, set DATABASE_URL: ${why}]`, fn, timeout);

/** Polls `condition` every 20 ms until it holds; throws after `timeoutMs`. */
export async function waitFor(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
    await sleep(20);
  }
}

/**
 * Waits until `count` sessions of `applicationName` wait on a lock with a query matching
 * `queryLike` (SQL LIKE): the way a test knows that concurrent requests are queued behind a
 * lock it holds, before it lets them go.
 */
export async function waitForLockWaiters(
  dataSource: DataSource,
  { applicationName, queryLike, count = 1 }: { applicationName: string; queryLike: string; count?: number },
): Promise<void> {
  await waitFor(async () => {
    const [{ n }] = await dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
       WHERE datname = current_database() AND application_name = $1
         AND wait_event_type = 'Lock' AND query LIKE $2`,
      [applicationName, queryLike],
    );
    return n >= count;
  });
}
