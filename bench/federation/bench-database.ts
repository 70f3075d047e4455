import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { loadAccessDemoData } from '@app/access';
import { loadConfig, readEnvironment, type AppConfig } from '@app/config';
import { openDatabase, type OpenDatabase } from '../../tools/database/open-database';
import { prepareDatabase } from '../../tools/database/prepare-database';
import { seedCitizens, seedEnterprises } from '../../tools/seed/seed-citizens';

/** The bench's own agency, system and agreement: no requests-per-minute limit, no daily cap. */
export const BENCH_AGENCY = 'BENCH';
export const BENCH_CLIENT = 'bench-load';
export const BENCH_PURPOSE = 'TAX_ADMINISTRATION';
export const BENCH_SCOPE = 'population.identity business.profile business.representatives';
const SEED = 'sochung-bench';

export interface BenchDatabase {
  engine: 'postgres' | 'pglite';
  /** postgres://… of the bench database (PGlite: the embedded server this process serves). */
  url: string;
  name: string;
  opened: OpenDatabase;
  config: AppConfig;
  /** What every app and tool needs to reach the database and share the bench's keys. */
  env: Record<string, string>;
  seedSeconds: number;
  close(): Promise<void>;
}

/**
 * A database of the bench's own: on PostgreSQL `sochung_bench_<time>` beside adminUrl's,
 * on PGlite a fresh data folder served by this process (as `npm start` serves it). Migrated,
 * with the demo data, the bench agreement, and the seed's deterministic citizens and
 * enterprises. Dropped (or its folder removed) on close unless kept.
 */
export async function createBenchDatabase(
  engine: 'postgres' | 'pglite',
  options: { adminUrl: string; citizens: number; enterprises: number; keep: boolean; log: (line: string) => void },
): Promise<BenchDatabase> {
  const scratch = mkdtempSync(join(tmpdir(), 'sochung-bench-'));
  const name = `sochung_bench_${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}`;
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATA_DIR: join(scratch, 'data'),
    DEV_ISSUER_KEY_FILE: join(scratch, 'dev-issuer.private.jwk'),
    REGISTRY_SIGNING_KEY_FILE: join(scratch, 'registry-signing.private.jwk'),
    CURSOR_KEY_FILE: join(scratch, 'cursor.key'),
    SESSION_KEY_FILE: join(scratch, 'session.key'),
    WITNESS_DATA_DIR: join(scratch, 'witness'),
    // A full run lasts longer than the default hour; the bench's one token must outlive it.
    MAX_TOKEN_LIFETIME_SECONDS: '86400',
  };
  let url = '';
  if (engine === 'postgres') {
    await adminQuery(options.adminUrl, `CREATE DATABASE "${name}"`);
    const parsed = new URL(options.adminUrl);
    parsed.pathname = `/${name}`;
    url = parsed.toString();
    env.DATABASE_URL = url;
  }
  const config = loadConfig({ ...readEnvironment(), DATABASE_URL: undefined, ...env });
  const drop = async () => {
    if (engine === 'postgres' && !options.keep) {
      await adminQuery(options.adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
    if (!options.keep) rmSync(scratch, { recursive: true, force: true });
  };
  let opened: OpenDatabase;
  try {
    opened = await openDatabase(config.database, { applicationName: 'sochung-bench' });
  } catch (error) {
    await drop();
    throw error;
  }
  Object.assign(env, opened.env);
  if (engine === 'pglite') url = `postgres://postgres@127.0.0.1:${opened.embedded!.port}/postgres`;
  const close = async () => {
    try {
      await opened.close();
    } finally {
      await drop();
    }
  };
  try {
    await prepareDatabase(opened.dataSource, { demoData: true });
    await addBenchAgreement(opened.dataSource);
    const startedAt = performance.now();
    options.log(`seeding ${options.citizens} citizens and ${options.enterprises} enterprises (seed "${SEED}")…`);
    const citizens = await seedCitizens(opened.dataSource, options.citizens, SEED);
    const enterprises = await seedEnterprises(opened.dataSource, options.enterprises, options.citizens, SEED);
    if (citizens.summary.rejected + enterprises.summary.rejected > 0) throw new Error('the seed rejected rows');
    await opened.dataSource.query('VACUUM ANALYZE');
    const seedSeconds = (performance.now() - startedAt) / 1000;
    options.log(`seeded in ${seedSeconds.toFixed(1)} s`);
    return { engine, url, name: engine === 'postgres' ? name : 'pglite', opened, config, env, seedSeconds, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The bench agency reads the categories the workloads ask, for one purpose, without throttling. */
async function addBenchAgreement(dataSource: DataSource): Promise<void> {
  await loadAccessDemoData(dataSource.manager, {
    agencies: [{ code: BENCH_AGENCY, nameVi: 'Cơ quan đo hiệu năng (bench)', level: 'central', parent: null }],
    purposes: [],
    systems: [{ clientId: BENCH_CLIENT, agencyCode: BENCH_AGENCY, name: 'Bench load driver' }],
    agreements: [
      {
        agreementNumber: 'BENCH-0001',
        agencyCode: BENCH_AGENCY,
        categories: BENCH_SCOPE.split(' '),
        purposes: [BENCH_PURPOSE],
        legalInstrument: 'Benchmark only',
        legalArticle: 'none',
        legalClause: null,
        legalTextVi: 'Chỉ dùng để đo hiệu năng trên dữ liệu tổng hợp.',
        requestsPerMinute: null,
        sealedDisclosureDays: null,
      },
    ],
  });
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
