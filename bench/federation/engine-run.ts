import { Client } from 'pg';
import { DevTokenIssuer } from '@app/auth';
import type { BenchOptions } from './arguments';
import {
  BENCH_AGENCY,
  BENCH_CLIENT,
  BENCH_PURPOSE,
  BENCH_SCOPE,
  createBenchDatabase,
  type BenchDatabase,
} from './bench-database';
import { initialisePgbench, pgbenchRound, verifyLog } from './database-tools';
import { checkAnswers, peaksMb, resetPeaks, runRound, settle, type DatabaseProbe, type RoundResult } from './measure';
import type { StartedProcesses } from './processes';
import type { EngineRun } from './report';
import { summarise, type SystemSummary } from './summary';
import { startSystems } from './systems';
import { WORKLOAD_TITLES, type Target, type WorkloadId, type WorkloadIds } from './workloads';
import { runWrk } from './wrk-driver';

const WORKLOAD_ORDER: WorkloadId[] = ['W1-gateway', 'W1-direct', 'W2', 'W3', 'log-16', 'log-64'];

/** One engine's whole run: its database, its systems, every workload, the gates; everything stopped after. */
export async function runEngine(
  engine: 'postgres' | 'pglite',
  options: BenchOptions,
  started: StartedProcesses,
  scratchDir: string,
  log: (line: string) => void,
  onDatabase: (database: BenchDatabase) => void,
): Promise<EngineRun> {
  const database = await createBenchDatabase(engine, {
    adminUrl: options.adminUrl,
    citizens: options.citizens,
    enterprises: options.enterprises,
    keep: options.keepDatabase,
    log,
  });
  onDatabase(database);
  let admin: Client | null = null;
  try {
    if (engine === 'postgres') {
      admin = new Client({ connectionString: options.adminUrl, application_name: 'sochung-bench-counters' });
      await admin.connect();
    }
    const probe: DatabaseProbe = { dataSource: database.opened.dataSource, admin, name: database.name };
    const ids = await sampleIds(database);
    const token = DevTokenIssuer.fromConfig(database.config.tokens).mint(
      { kind: 'agency', sub: BENCH_CLIENT, agency: BENCH_AGENCY, purpose: BENCH_PURPOSE, scope: BENCH_SCOPE },
      86_400,
    );
    log(`starting sochung${engine === 'postgres' ? ' and the peers' : ''} on ${engine}…`);
    const systems = await startSystems(database, token, ids, options, started);
    const summaries: SystemSummary[] = [];
    for (const workload of WORKLOAD_ORDER) {
      const all = systems.targets.filter((t) => t.workload === workload);
      if (!all.length) continue;
      await settle(systems.allPids, probe);
      log(`${WORKLOAD_TITLES[workload]}: checking answers`);
      const failures = await checkAnswers(
        all.filter((t) => !t.skipped),
        probe,
      );
      for (const [target, reason] of failures) {
        target.skipped = `answer check failed: ${reason}`;
        log(`  ${target.system}: ${target.skipped}`);
      }
      const runnable = all.filter((t) => !t.skipped);
      for (const target of runnable) {
        await runWrk(target.origin, target.requests, {
          connections: target.connections,
          seconds: options.warmupSeconds,
          scratchDir,
        });
      }
      await settle(systems.allPids, probe);
      resetPeaks(systems.allPids);
      const rounds = new Map<Target, RoundResult[]>(runnable.map((t) => [t, []]));
      for (let round = 1; round <= options.rounds; round++) {
        // Interleaved, and in turn reversed, so that drift (heat, other work) falls on every system alike.
        for (const target of round % 2 ? runnable : [...runnable].reverse()) {
          const result = await runRound(
            target,
            round,
            {
              seconds: workload === 'W2' ? options.w2RoundSeconds : options.roundSeconds,
              scratchDir,
              pids: systems.allPids,
            },
            probe,
          );
          rounds.get(target)!.push(result);
          log(
            `  round ${round} ${target.system}: ${Math.round(result.requestsPerSecond)} req/s, p99 ${result.p99Ms.toFixed(1)} ms${result.gates.length ? ` GATES: ${result.gates.join('; ')}` : ''}`,
          );
        }
      }
      for (const target of all) {
        const base = {
          engine,
          workload,
          system: target.system,
          isSochung: target.isSochung,
          connections: target.connections,
          skipped: target.skipped,
        };
        summaries.push(summarise(base, rounds.get(target) ?? [], target.skipped ? {} : await peaksMb(target, probe)));
      }
    }
    let pgbench: EngineRun['pgbench'] = null;
    if (engine === 'postgres') {
      log('pgbench -S on the same server…');
      const scale = await initialisePgbench(database, options.citizens);
      const results = [];
      for (let round = 0; round < options.rounds; round++)
        results.push(await pgbenchRound(database, options.connections, options.roundSeconds));
      pgbench = { scale, tps: results.map((r) => r.tps), latencyMs: results.map((r) => r.latencyMs) };
    }
    const verified = await verifyLog(database, { gateway: systems.gatewayUrl, witness: systems.witnessUrl });
    log(`verify-log: ${verified.passed ? 'passes' : 'FAILS'}: ${verified.output.split('\n').slice(-1)[0]}`);
    return {
      engine,
      durable: engine === 'postgres',
      citizens: options.citizens,
      enterprises: options.enterprises,
      seedSeconds: database.seedSeconds,
      systems: summaries,
      verifyLog: verified,
      pgbench,
      statementCounter:
        engine === 'postgres'
          ? 'Statements: pg_stat_statements is not loaded on this server, so "transactions per request" is pg_stat_database (xact_commit + xact_rollback) of the bench database per answer: a lower bound of statements (a transaction of several statements counts once; the exchange’s checkpoints are included).'
          : 'Statements: no counter on PGlite.',
    };
  } finally {
    await started.stopAll();
    await admin?.end();
    await database.close();
  }
}

/** Ids the workloads ask, spread over the table (by hash, not by insertion order), the same on every engine. */
async function sampleIds(database: BenchDatabase): Promise<WorkloadIds> {
  const query = <T>(sql: string) => database.opened.dataSource.query<T[]>(sql);
  const citizens = (
    await query<{ id: string }>(
      'SELECT personal_id_number AS id FROM population.citizens ORDER BY md5(personal_id_number) LIMIT 5000',
    )
  ).map((row) => row.id);
  const enterpriseRows = await query<{ code: string; representatives: number }>(
    `SELECT e.enterprise_code AS code, count(*)::int AS representatives
       FROM business.enterprises e JOIN business.legal_representatives r ON r.enterprise_id = e.id
      GROUP BY e.id ORDER BY md5(e.enterprise_code) LIMIT 500`,
  );
  const enterprises = enterpriseRows.map((row) => row.code);
  const mostRepresentatives = Math.max(0, ...enterpriseRows.map((row) => row.representatives));
  const citizenBatches = [0, 1, 2, 3, 4]
    .map((i) => citizens.slice(i * 1000, (i + 1) * 1000))
    .filter((b) => b.length === 1000);
  if (!citizenBatches.length) throw new Error('W2 needs at least 1,000 citizens: --citizens 1000 or more');
  return { citizens: citizens.slice(0, 1000), citizenBatches, enterprises, mostRepresentatives };
}
