import { randomUUID } from 'node:crypto';
import { loadConfig, readEnvironment, usesEmbeddedDatabase } from '@app/config';
import { AccessLogUnavailableError, AccessLogWriter, type AccessRecordInput } from '@app/access';
import { openDatabase } from '../tools/database/open-database';
import { prepareDatabase } from '../tools/database/prepare-database';

/**
 * The access log's writer alone, as W2 (1,000 ids in one query) and W1 (one citizen) load it:
 * `--writers n` callers at once (default 32), each writing `--records n` records per call
 * (default 1,000) again and again for `--seconds n` (default 10), with the writer's production
 * settings (ACCESS_LOG_*). Prints records/s, calls/s, p50/p99 of a call and the calls that
 * failed closed (not durable in time). PostgreSQL with DATABASE_URL, else PGlite.
 */
const argument = (name: string, fallback: number) =>
  Number(process.argv[process.argv.indexOf(`--${name}`) + 1] || 0) || fallback;
const WRITERS = argument('writers', 32);
const RECORDS = argument('records', 1000);
const SECONDS = argument('seconds', 10);

function record(index: number): AccessRecordInput {
  return {
    outcome: 'released',
    requestId: randomUUID(),
    clientRequestId: null,
    recordedBy: 'population',
    callerKind: 'agency',
    callerId: 'bhxh-demo',
    agencyCode: 'BHXH',
    officerId: null,
    caseReference: null,
    purpose: 'SOCIAL_INSURANCE_ENROLMENT',
    subjectKind: 'citizen',
    subjectId: String(1_000_000 + index).padStart(12, '0'),
    categories: ['population.identity'],
    fields: ['Citizen.fullName', 'Citizen.sex'],
    bases: { 'population.identity': { kind: 'agreement', agreementNumber: 'DSA-BHXH-1', version: 1 } },
    consentIds: [],
    sealedUntil: null,
    valuesHash: 'f'.repeat(64),
    bulk: RECORDS > 1,
  };
}

async function main(): Promise<void> {
  const config = loadConfig({ ...readEnvironment(), NODE_ENV: 'test' });
  const db = await openDatabase(config.database, { scratch: true });
  try {
    await prepareDatabase(db.dataSource, { demoData: false });
    const writer = new AccessLogWriter(db.dataSource, config.accessLog);
    const batch = Array.from({ length: RECORDS }, (_, index) => record(index));
    const latencies: number[] = [];
    let failed = 0;
    const until = Date.now() + SECONDS * 1000;
    const started = Date.now();
    const cpuBefore = process.cpuUsage();
    await Promise.all(
      Array.from({ length: WRITERS }, async () => {
        while (Date.now() < until) {
          const begun = performance.now();
          try {
            await writer.write(batch);
            latencies.push(performance.now() - begun);
          } catch (error) {
            if (!(error instanceof AccessLogUnavailableError)) throw error;
            failed++;
          }
        }
      }),
    );
    const elapsed = (Date.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const written = latencies.length * RECORDS;
    latencies.sort((a, b) => a - b);
    const at = (share: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor(share * latencies.length))] ?? NaN;
    const engine = usesEmbeddedDatabase(config.database) ? 'PGlite' : 'PostgreSQL';
    console.log(
      `${engine}, ${WRITERS} writers × ${RECORDS} records: ${Math.round(written / elapsed)} records/s, ` +
        `${(latencies.length / elapsed).toFixed(1)} calls/s, p50 ${at(0.5).toFixed(0)} ms, p99 ${at(0.99).toFixed(0)} ms, ` +
        `${failed} failed closed; this process ${(((cpu.user + cpu.system) / 1000 / written) * 1000).toFixed(1)} CPU-ms per 1,000 records`,
    );
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
