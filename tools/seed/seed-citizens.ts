import { setImmediate as nextTurn } from 'node:timers/promises';
import type { DataSource } from 'typeorm';
import { DEFAULT_BATCH_SIZE, type BatchImport, type ImportOptions, type ImportSummary } from '@app/bulk-import';
import { CitizenBatchImport } from '../../apps/population/src';
import { EnterpriseBatchImport } from '../../apps/business-registry/src';
import { CitizenGenerator } from './citizen-generator';
import { EnterpriseGenerator } from './enterprise-generator';

/**
 * Registers `count` generated citizens (the same ones for the same seed) through the
 * importer's rules and batch loader. Idempotent: numbers already registered are skipped.
 */
export async function seedCitizens(
  dataSource: DataSource,
  count: number,
  seed: string,
  options: Partial<Pick<ImportOptions, 'batchSize' | 'rejects' | 'onBatch' | 'shouldStop'>> = {},
): Promise<{ summary: ImportSummary; stopped: boolean }> {
  const run = new CitizenBatchImport(dataSource, {
    reason: `seed ${seed}`,
    changedBy: 'seed',
    batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE,
    ...options,
  });
  return feed(run, new CitizenGenerator(seed).citizens(count), 500);
}

/**
 * Registers `count` generated enterprises, represented and owned by adults among the first
 * `citizenCount` citizens of the same seed, through the enterprise importer's rules and
 * batch loader. Idempotent: codes already registered are skipped.
 */
export async function seedEnterprises(
  dataSource: DataSource,
  count: number,
  citizenCount: number,
  seed: string,
  options: Partial<Pick<ImportOptions, 'batchSize' | 'rejects' | 'onBatch' | 'shouldStop'>> = {},
): Promise<{ summary: ImportSummary; stopped: boolean }> {
  const run = new EnterpriseBatchImport(dataSource, {
    reason: `seed ${seed}`,
    changedBy: 'seed',
    batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE,
    ...options,
  });
  return feed(run, new EnterpriseGenerator(seed, citizenCount).enterprises(count), 200);
}

/** Feeds generated rows to an import, numbered as lines of a file would be, and finishes it. */
async function feed<Column extends string, Item>(
  run: BatchImport<Column, Item>,
  rows: Iterable<Record<Column, string>>,
  yieldEvery: number,
): Promise<{ summary: ImportSummary; stopped: boolean }> {
  let line = 1;
  for (const row of rows) {
    if (!(await run.add(++line, row))) break;
    // Validation never waits on I/O: give the batch being written a turn now and then.
    if (line % yieldEvery === 0) await nextTurn();
  }
  return { summary: await run.finish(), stopped: run.wasStopped };
}
