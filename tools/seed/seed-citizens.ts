import { setImmediate as nextTurn } from 'node:timers/promises';
import type { DataSource } from 'typeorm';
import { CitizenImport, DEFAULT_BATCH_SIZE, type ImportOptions, type ImportSummary } from '../import/import-citizens';
import { CitizenGenerator } from './citizen-generator';

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
  const run = new CitizenImport(dataSource, {
    reason: `seed ${seed}`,
    changedBy: 'seed',
    batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE,
    ...options,
  });
  let line = 1;
  for (const row of new CitizenGenerator(seed).citizens(count)) {
    if (!(await run.add(++line, row))) break;
    // Validation never waits on I/O: give the batch being written a turn now and then.
    if (line % 500 === 0) await nextTurn();
  }
  return { summary: await run.finish(), stopped: run.wasStopped };
}
