import type { RoundResult } from './measure';
import type { WorkloadId } from './workloads';

/** One system under one workload over all its rounds. */
export interface SystemSummary {
  engine: 'postgres' | 'pglite';
  workload: WorkloadId;
  system: string;
  isSochung: boolean;
  connections: number;
  skipped?: string;
  rounds: RoundResult[];
  requestsPerSecond: { median: number; min: number; max: number };
  /** Medians over the rounds. */
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  cpuMsPerRequest: Record<string, number | null>;
  transactionsPerRequest: number | null;
  /** Access records (subjects released) per second, for sochung. */
  recordsPerSecond: number;
  peakRssMb: Record<string, number>;
  gates: string[];
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The median of the rounds that have a figure; null when none has. */
function medianOf(values: (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null);
  return known.length ? median(known) : null;
}

export function summarise(
  base: Pick<SystemSummary, 'engine' | 'workload' | 'system' | 'isSochung' | 'connections' | 'skipped'>,
  rounds: RoundResult[],
  peakRssMb: Record<string, number>,
): SystemSummary {
  const rps = rounds.map((round) => round.requestsPerSecond);
  const names = Object.keys(rounds[0]?.cpuMsPerRequest ?? {});
  const transactions = rounds.map((round) => round.transactionsPerRequest);
  return {
    ...base,
    rounds,
    requestsPerSecond: rps.length
      ? { median: median(rps), min: Math.min(...rps), max: Math.max(...rps) }
      : { median: 0, min: 0, max: 0 },
    p50Ms: rounds.length ? median(rounds.map((r) => r.p50Ms)) : 0,
    p95Ms: rounds.length ? median(rounds.map((r) => r.p95Ms)) : 0,
    p99Ms: rounds.length ? median(rounds.map((r) => r.p99Ms)) : 0,
    cpuMsPerRequest: Object.fromEntries(
      names.map((name) => [name, medianOf(rounds.map((r) => r.cpuMsPerRequest[name]))]),
    ),
    transactionsPerRequest: medianOf(transactions),
    recordsPerSecond: rounds.length ? median(rounds.map((r) => r.records / r.seconds)) : 0,
    peakRssMb,
    gates: rounds.flatMap((round) => round.gates.map((gate) => `round ${round.round}: ${gate}`)),
  };
}
