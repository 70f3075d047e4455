import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SystemSummary } from './summary';
import { WORKLOAD_TITLES, type WorkloadId } from './workloads';

export interface EngineRun {
  engine: 'postgres' | 'pglite';
  durable: boolean;
  citizens: number;
  enterprises: number;
  seedSeconds: number;
  systems: SystemSummary[];
  verifyLog: { passed: boolean; output: string };
  /** pgbench -S on the same server: the database's own limit (PostgreSQL only). */
  pgbench: { tps: number[]; latencyMs: number[]; scale: number } | null;
  statementCounter: string;
}

export interface BenchReport {
  date: string;
  command: string;
  machine: Record<string, string>;
  settings: Record<string, number | string>;
  runs: EngineRun[];
  totalSeconds: number;
}

/** The ratios the issue asks for: sochung over the named peer, from the same run. */
const RATIOS: { workload: WorkloadId; peer: string }[] = [
  { workload: 'W1-gateway', peer: 'peer b: Apollo Gateway + plain subgraphs' },
  { workload: 'W1-gateway', peer: 'peer c: Hive Gateway + plain subgraphs' },
  { workload: 'W1-gateway', peer: 'peer c: Hive Gateway (router-runtime) + plain subgraphs' },
  { workload: 'W1-direct', peer: 'peer a: bare Fastify + pg' },
  { workload: 'W1-direct', peer: 'peer b: plain Apollo subgraph' },
  { workload: 'W2', peer: 'peer b: Apollo Gateway + plain subgraphs' },
  { workload: 'W3', peer: 'peer b: Apollo Gateway + plain subgraphs' },
  { workload: 'log-16', peer: 'sochung population, access log off' },
  { workload: 'log-64', peer: 'sochung population, access log off' },
];

const n0 = (value: number) => Math.round(value).toLocaleString('en-US');
/** Requests per second: whole numbers, but a tenth where a workload does only a few. */
const rate = (value: number) => (value < 10 ? value.toFixed(1) : n0(value));
const n2 = (value: number | null) => (value === null ? 'n/a' : value.toFixed(2));

function ratioRows(run: EngineRun): string[] {
  const rows: string[] = [];
  for (const { workload, peer } of RATIOS) {
    const ours = run.systems.find((s) => s.workload === workload && s.isSochung);
    const theirs = run.systems.find((s) => s.workload === workload && s.system === peer);
    if (!ours) continue;
    const peerCell = !theirs
      ? `${peer}: not run`
      : theirs.skipped
        ? `${peer}: skipped (${theirs.skipped})`
        : `${peer}: ${rate(theirs.requestsPerSecond.median)} req/s, p99 ${n0(theirs.p99Ms)} ms`;
    const ratio =
      theirs && !theirs.skipped && theirs.requestsPerSecond.median > 0
        ? n2(ours.requestsPerSecond.median / theirs.requestsPerSecond.median)
        : '–';
    rows.push(
      `| ${WORKLOAD_TITLES[workload]} | ${ours.system}: ${rate(ours.requestsPerSecond.median)} req/s, p99 ${n0(ours.p99Ms)} ms | ${peerCell} | ${ratio} |`,
    );
  }
  return rows;
}

function systemRows(run: EngineRun): string[] {
  return run.systems.map((s) => {
    if (s.skipped) return `| ${s.workload} | ${s.system} | skipped: ${s.skipped} | | | | | |`;
    const cpu = Object.entries(s.cpuMsPerRequest)
      .map(([name, ms]) => `${name} ${n2(ms)}`)
      .join(', ');
    const rss = Object.entries(s.peakRssMb)
      .map(([name, mb]) => `${name} ${n0(mb)}`)
      .join(', ');
    const tx = n2(s.transactionsPerRequest);
    const rps = `${rate(s.requestsPerSecond.median)} (${rate(s.requestsPerSecond.min)}–${rate(s.requestsPerSecond.max)})`;
    const records = s.isSochung ? `; ${n0(s.recordsPerSecond)} audited records/s` : '';
    const gates = s.gates.length ? s.gates.join('; ') : 'pass';
    return `| ${s.workload} | ${s.system} | ${rps}${records} | ${n0(s.p50Ms)} / ${n0(s.p95Ms)} / ${n0(s.p99Ms)} | ${cpu} | ${tx} | ${rss} | ${gates} |`;
  });
}

export function markdownReport(report: BenchReport): string {
  const lines = [
    `# sochung federation bench — ${report.date}`,
    '',
    `Command: \`${report.command}\` (${n0(report.totalSeconds)} s in all).`,
    '',
    `Machine: ${Object.entries(report.machine)
      .map(([k, v]) => `${k} ${v}`)
      .join('; ')}.`,
    '',
    `Settings: ${Object.entries(report.settings)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}. wrk drives the load from its own process (2 threads); latency percentiles are wrk's.`,
  ];
  for (const run of report.runs) {
    lines.push(
      '',
      `## ${run.engine === 'postgres' ? 'PostgreSQL' : 'PGlite (embedded, as `npm start` runs by default) — NOT crash-durable: PGlite does not fsync'}`,
      '',
      `${n0(run.citizens)} citizens, ${n0(run.enterprises)} enterprises, seeded in ${n0(run.seedSeconds)} s. ` +
        `verify-log: ${run.verifyLog.passed ? 'passes' : 'FAILS'}. ${run.statementCounter}`,
      '',
      '| workload | sochung | peer | ratio sochung/peer |',
      '| --- | --- | --- | --- |',
      ...ratioRows(run),
    );
    const w2 = run.systems.find((s) => s.workload === 'W2' && s.isSochung);
    if (w2) {
      const failClosed = w2.rounds.reduce((sum, r) => sum + r.graphqlErrors, 0);
      lines.push(
        '',
        `W2 at ${w2.connections} connections: ${n0(w2.recordsPerSecond)} audited records/s, ${failClosed} fail-closed (error) answers; ` +
          `peak RSS of population in W2: ${n0(w2.peakRssMb.population ?? 0)} MB.`,
      );
    }
    if (run.pgbench) {
      lines.push(
        '',
        `pgbench -S (scale ${run.pgbench.scale}, same connections, rounds interleaved after the others): ` +
          `${run.pgbench.tps.map(n0).join(' / ')} tps, average latency ${run.pgbench.latencyMs.map(n2).join(' / ')} ms.`,
      );
    }
    lines.push(
      '',
      '| workload | system | req/s median (min–max) | p50 / p95 / p99 ms | CPU ms per request handled (round and its drain) | transactions per request handled | peak RSS MB | gates |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      ...systemRows(run),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** bench/results/<date>.json and .md (and the chart beside them); returns the paths. */
export function writeReport(report: BenchReport, dir: string, svg: string): string[] {
  mkdirSync(dir, { recursive: true });
  const stem = join(dir, report.date);
  writeFileSync(`${stem}.json`, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(`${stem}.md`, markdownReport(report));
  writeFileSync(`${stem}.svg`, svg);
  return [`${stem}.json`, `${stem}.md`, `${stem}.svg`];
}
