import { removeTempFolder } from './scratch-temp';

/**
 * Jest's globalTeardown: removes the run's temp folder, and fails the run when a test left
 * something there, naming it: every test removes the folders it makes (sochung-data-* is 42 MB).
 */
export default function globalTeardown(): void {
  const folder = (globalThis as { sochungTestTemp?: string }).sochungTestTemp;
  if (!folder) return;
  const left = removeTempFolder(folder);
  if (left.length > 0) {
    throw new Error(`tests left these in the temp folder (removed now; find who made them): ${left.join(', ')}`);
  }
}
