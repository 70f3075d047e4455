import { readFileSync } from 'node:fs';
import type { Client } from 'pg';

// Linux reports utime and stime in clock ticks, 100 per second on every common kernel build.
const MS_PER_TICK = 10;

/** CPU time a process has used so far (user + system), in ms; 0 once it is gone. */
export function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may hold spaces, in parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK;
  } catch {
    return 0;
  }
}

/** The process's peak resident set (VmHWM) in MB; 0 once it is gone. */
export function peakRssMb(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** The PostgreSQL backends serving the bench database, now (the pools keep them for the run). */
export async function backendPids(admin: Client, database: string): Promise<number[]> {
  const { rows } = await admin.query<{ pid: number }>(
    'SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
    [database],
  );
  return rows.map((row) => row.pid);
}

/**
 * Transactions committed and rolled back in the bench database: the statement counter there
 * is (pg_stat_statements is not in shared_preload_libraries, and the server is not ours to
 * restart). Every statement outside a transaction is one; a transaction of several counts
 * once, so this is a lower bound of statements. Read after a second of quiet (settle), when
 * every backend has flushed its counters.
 */
export async function transactionCount(admin: Client, database: string): Promise<number> {
  const { rows } = await admin.query<{ n: string }>(
    'SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = $1',
    [database],
  );
  return Number(rows[0]?.n ?? 0);
}
