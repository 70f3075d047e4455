import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const RUN_PREFIX = 'sochung-test-run-';
// Caches tools keep in the temp folder (tsc and npm enable Node's compile cache): not a test's doing.
const TOOL_CACHES = new Set(['node-compile-cache']);

/**
 * Points the temp folder of this test run, its workers and every process they start at a
 * folder of the run's own, so that whatever a test forgets to remove can be found and removed.
 */
export function confineTempFolder(env: NodeJS.ProcessEnv = process.env): string {
  const folder = mkdtempSync(join(tmpdir(), RUN_PREFIX));
  env.TMPDIR = env.TMP = env.TEMP = folder;
  return folder;
}

/** Removes the run's temp folder, and names what tests left in it (empty when nothing). */
export function removeTempFolder(folder: string): string[] {
  if (!basename(folder).startsWith(RUN_PREFIX)) return [];
  const left = readdirSync(folder).filter((name) => !TOOL_CACHES.has(name));
  rmSync(folder, { recursive: true, force: true });
  return left;
}
