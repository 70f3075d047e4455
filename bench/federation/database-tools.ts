import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readEnvironment } from '@app/config';
import { distDir } from '../../tools/graph/start-graph';
import type { BenchDatabase } from './bench-database';

const run = promisify(execFile);

/** The project's own verify-log on the bench database, against the running graph's keys and witness. */
export async function verifyLog(
  database: BenchDatabase,
  urls: { gateway: string; witness: string },
): Promise<{ passed: boolean; output: string }> {
  const args = [
    join(distDir(), 'tools', 'verify-log', 'main.js'),
    '--database-url',
    database.url,
    '--jwks',
    `${urls.gateway}/.well-known/jwks.json`,
    '--witness',
    urls.witness,
    '--by',
    'bench',
  ];
  try {
    const { stdout, stderr } = await run(process.execPath, args, { env: { ...readEnvironment(), ...database.env } });
    return { passed: true, output: `${stdout}${stderr}`.trim() };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; message: string };
    return { passed: false, output: `${failed.stdout ?? ''}${failed.stderr ?? failed.message}`.trim() };
  }
}

/** pgbench's own tables in the bench database, scaled to the citizens (100,000 rows per unit). */
export async function initialisePgbench(database: BenchDatabase, citizens: number): Promise<number> {
  const scale = Math.max(1, Math.round(citizens / 100_000));
  await run('pgbench', [...connection(database), '-i', '-q', '-s', String(scale), database.name]);
  return scale;
}

/** One round of `pgbench -S` (select only, by primary key): what the database serves with no app in front. */
export async function pgbenchRound(
  database: BenchDatabase,
  connections: number,
  seconds: number,
): Promise<{ tps: number; latencyMs: number }> {
  const { stdout } = await run('pgbench', [
    ...connection(database),
    '-S',
    '-n',
    '-c',
    String(connections),
    '-j',
    '2',
    '-T',
    String(seconds),
    database.name,
  ]);
  const tps = /tps = ([\d.]+)/.exec(stdout);
  const latency = /latency average = ([\d.]+) ms/.exec(stdout);
  if (!tps || !latency) throw new Error(`pgbench printed no result:\n${stdout}`);
  return { tps: Number(tps[1]), latencyMs: Number(latency[1]) };
}

function connection(database: BenchDatabase): string[] {
  const url = new URL(database.url);
  return ['-h', url.hostname, '-p', url.port || '5432', '-U', decodeURIComponent(url.username || 'postgres')];
}
