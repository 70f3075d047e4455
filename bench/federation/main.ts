import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseBenchArguments, USAGE, type BenchOptions } from './arguments';
import type { BenchDatabase } from './bench-database';
import { chartSvg } from './chart';
import { runEngine } from './engine-run';
import { StartedProcesses } from './processes';
import { markdownReport, writeReport, type BenchReport, type EngineRun } from './report';

/**
 * `npm run bench [-- --quick]`: sochung against small, honest peers over the same rows, on
 * PostgreSQL and on PGlite, each in a database of its own; see "Performance" in README.md.
 */
async function main(args: string[]): Promise<number> {
  const parsed = parseBenchArguments(args);
  if (parsed === 'help') {
    console.log(USAGE);
    return 0;
  }
  const options: BenchOptions = parsed;
  const startedAt = performance.now();
  const started = new StartedProcesses();
  const scratchDir = mkdtempSync(join(tmpdir(), 'sochung-bench-wrk-'));
  let database: BenchDatabase | null = null;
  let stopping = false;
  const stopEverything = async () => {
    await started.stopAll();
    await database?.close().catch(() => undefined);
    rmSync(scratchDir, { recursive: true, force: true });
  };
  const interrupt = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping everything this run started…`);
    void stopEverything().finally(() => process.exit(130));
  };
  process.on('SIGINT', () => interrupt('SIGINT'));
  process.on('SIGTERM', () => interrupt('SIGTERM'));
  const runs: EngineRun[] = [];
  try {
    for (const engine of options.engines) {
      runs.push(await runEngine(engine, options, started, scratchDir, log, (opened) => (database = opened)));
      database = null;
    }
  } finally {
    await stopEverything();
  }
  const report: BenchReport = {
    date: new Date().toISOString().slice(0, 16).replace(':', ''),
    command: `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`,
    machine: machine(),
    settings: {
      connections: options.connections,
      'W2 connections': options.w2Connections,
      'W2 seconds per round': options.w2RoundSeconds,
      rounds: options.rounds,
      'seconds per round': options.roundSeconds,
      'warm-up seconds': options.warmupSeconds,
      'log on/off connections': options.logConnections.join(' and '),
    },
    runs,
    totalSeconds: (performance.now() - startedAt) / 1000,
  };
  const paths = writeReport(report, options.resultsDir, chartSvg(runs));
  console.log(`\n${markdownReport(report)}`);
  log(`wrote ${paths.join(', ')}`);
  const gatesFailed = runs.some((run) => !run.verifyLog.passed || run.systems.some((s) => s.gates.length > 0));
  if (gatesFailed) log('some correctness gates failed: see the report');
  return gatesFailed ? 1 : 0;
}

function machine(): Record<string, string> {
  const postgres = (() => {
    try {
      return execFileSync('psql', ['--version'], { encoding: 'utf8' }).trim();
    } catch {
      return 'unknown';
    }
  })();
  return {
    cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
    memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
    kernel: release(),
    node: process.version,
    postgres,
    wrk: 'wrk (Debian)',
  };
}

const startedAt = performance.now();

function log(line: string): void {
  process.stdout.write(`[bench +${Math.round((performance.now() - startedAt) / 1000)} s] ${line}\n`);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
