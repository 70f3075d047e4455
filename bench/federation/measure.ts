import { writeFileSync } from 'node:fs';
import type { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { backendPids, cpuMs, peakRssMb, transactionCount } from './process-stats';
import type { Target } from './workloads';
import { runWrk, type LoadResult } from './wrk-driver';

/** Where the run reads the database's counters: PostgreSQL's statistics, or none on PGlite. */
export interface DatabaseProbe {
  /** The bench's own connection: it counts access records. */
  dataSource: DataSource;
  /** A connection to another database of the server, so that reading counters adds none. */
  admin: Client | null;
  name: string;
}

export interface RoundResult extends LoadResult {
  round: number;
  /** CPU ms per request handled of each process of the system, and of the database's backends. */
  cpuMsPerRequest: Record<string, number | null>;
  /** Transactions per request handled in the bench database (pg_stat_database); null on PGlite. */
  transactionsPerRequest: number | null;
  /** Access records the log gained during the round. */
  accessRecordsWritten: number;
  gates: string[];
}

export async function accessRecordCount(dataSource: DataSource): Promise<number> {
  const [row] = await dataSource.query<{ n: string }[]>('SELECT count(*) AS n FROM access.access_records');
  return Number(row.n);
}

/** Subjects released in one answer, counted as the wrk script counts them. */
export function recordsIn(bodyText: string): number {
  return (bodyText.match(/"personalIdNumber"/g) ?? []).length + (bodyText.match(/"enterpriseCode"/g) ?? []).length;
}

/**
 * Waits until the system's processes and the database's backends have gone quiet: a gateway
 * keeps feeding a subgraph the requests it had queued after wrk stops, and the next round must
 * not pay for the last one's. Watched in /proc, not by querying the bench database, so that
 * the statement counters hold only the systems' work; a second of quiet also lets every
 * backend flush its counters (PostgreSQL does at most once a second).
 */
export async function settle(pids: number[], probe: DatabaseProbe, timeoutMs = 60_000): Promise<void> {
  const all = [...pids, ...(probe.admin ? await backendPids(probe.admin, probe.name) : [])];
  const busy = () => all.reduce((sum, pid) => sum + cpuMs(pid), 0);
  const deadline = Date.now() + timeoutMs;
  let last = busy();
  let quiet = 0;
  while (quiet < QUIET_POLLS && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    const now = busy();
    quiet = now - last <= QUIET_CPU_MS ? quiet + 1 : 0;
    last = now;
  }
}

const POLL_MS = 250;
const QUIET_POLLS = 4;
/** Per poll, over every process: the exchange's checkpoints and timers stay below it. */
const QUIET_CPU_MS = 20;

/**
 * Every system's answers to the same requests (the first few of the workload) must be equal,
 * or the timing compares different work. For sochung, each answer's access records are
 * counted against the log as well: the same count the run's gate relies on.
 */
export async function checkAnswers(targets: Target[], probe: DatabaseProbe, sample = 3): Promise<Map<Target, string>> {
  const failures = new Map<Target, string>();
  const reference: string[] = [];
  for (const target of targets) {
    try {
      await checkTarget(target, reference, probe, sample);
    } catch (error) {
      failures.set(target, (error as Error).message);
    }
  }
  return failures;
}

/** The target's answers against the reference (the first system's, filled in where empty). */
async function checkTarget(target: Target, reference: string[], probe: DatabaseProbe, sample: number): Promise<void> {
  for (const [i, request] of target.requests.slice(0, sample).entries()) {
    const before = target.isSochung ? await accessRecordCount(probe.dataSource) : 0;
    const response = await fetch(`${target.origin}${request.path}`, {
      method: request.method,
      headers: request.headers,
      body: request.body,
    });
    const text = await response.text();
    if (response.status !== 200) throw new Error(`answered ${response.status}: ${text.slice(0, 300)}`);
    const answer = JSON.stringify(target.answer(JSON.parse(text)));
    if (reference[i] === undefined) reference[i] = answer;
    else if (reference[i] !== answer) {
      throw new Error(
        `answered differently from the first system:\n  ${answer.slice(0, 400)}\n  ${reference[i].slice(0, 400)}`,
      );
    }
    if (target.isSochung) {
      const written = (await accessRecordCount(probe.dataSource)) - before;
      const served = recordsIn(text);
      if (written !== served) throw new Error(`${served} subjects served but ${written} access records written`);
    }
  }
}

/** Resets the peak RSS counters (VmHWM) of the processes, so that a workload's peak is its own. */
export function resetPeaks(pids: number[]): void {
  for (const pid of pids) {
    try {
      writeFileSync(`/proc/${pid}/clear_refs`, '5');
    } catch {
      // Not ours to reset (another user's backend): its peak is then over its lifetime.
    }
  }
}

export async function peaksMb(target: Target, probe: DatabaseProbe): Promise<Record<string, number>> {
  const peaks: Record<string, number> = {};
  for (const process of target.processes) peaks[process.name] = peakRssMb(process.pid);
  if (probe.admin) {
    const pids = await backendPids(probe.admin, probe.name);
    peaks['postgres backends (sum)'] = pids.reduce((sum, pid) => sum + peakRssMb(pid), 0);
  }
  return peaks;
}

/** One timed round of one system: wrk's numbers, CPU per answer, statements, and the gates. */
export async function runRound(
  target: Target,
  round: number,
  options: { seconds: number; scratchDir: string; pids: number[] },
  probe: DatabaseProbe,
): Promise<RoundResult> {
  const transactionsBefore = probe.admin ? await transactionCount(probe.admin, probe.name) : 0;
  const recordsBefore = await accessRecordCount(probe.dataSource);
  const backends = probe.admin ? await backendPids(probe.admin, probe.name) : [];
  const cpuBefore = new Map(target.processes.map((p) => [p.name, cpuMs(p.pid)]));
  const backendCpuBefore = new Map(backends.map((pid) => [pid, cpuMs(pid)]));
  const load = await runWrk(target.origin, target.requests, {
    connections: target.connections,
    seconds: options.seconds,
    scratchDir: options.scratchDir,
  });
  await settle(options.pids, probe);
  // Over the round and what it left in flight, per request the systems handled: those wrk had
  // not seen answered when it stopped were served all the same (and logged, by sochung).
  const perRequest = (total: number) => (load.sent > 0 ? total / load.sent : null);
  const cpuMsPerRequest: Record<string, number | null> = {};
  for (const p of target.processes) cpuMsPerRequest[p.name] = perRequest(cpuMs(p.pid) - cpuBefore.get(p.name)!);
  if (probe.admin) {
    // Backends opened during the round count from zero.
    const now = await backendPids(probe.admin, probe.name);
    cpuMsPerRequest['postgres backends'] = perRequest(
      now.reduce((sum, pid) => sum + cpuMs(pid) - (backendCpuBefore.get(pid) ?? 0), 0),
    );
  }
  // Less the bench's own count of access records at the start.
  const transactionsAfter = probe.admin ? (await transactionCount(probe.admin, probe.name)) - 1 : 0;
  const accessRecordsWritten = (await accessRecordCount(probe.dataSource)) - recordsBefore;
  const gates: string[] = [];
  if (load.status5xx) gates.push(`${load.status5xx} 5xx`);
  if (load.status429) gates.push(`${load.status429} 429`);
  if (load.otherNon200) gates.push(`${load.otherNon200} other non-200`);
  if (load.graphqlErrors) gates.push(`${load.graphqlErrors} answers with GraphQL errors`);
  if (load.socketErrors) gates.push(`${load.socketErrors} socket errors or timeouts`);
  if (load.firstError) gates.push(`first: ${load.firstError.slice(0, 200)}`);
  if (target.isSochung) {
    // Answers wrk had not received when it stopped were recorded by the server all the same.
    const inFlight = load.sent - load.received;
    const most = load.records + inFlight * target.mostRecordsPerAnswer;
    if (accessRecordsWritten < load.records || accessRecordsWritten > most) {
      gates.push(`access records ${accessRecordsWritten}, records served ${load.records} (+ ≤ ${inFlight} in flight)`);
    }
  }
  return {
    ...load,
    round,
    cpuMsPerRequest,
    transactionsPerRequest: probe.admin ? perRequest(transactionsAfter - transactionsBefore) : null,
    accessRecordsWritten,
    gates,
  };
}
