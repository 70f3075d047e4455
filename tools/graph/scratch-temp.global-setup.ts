import { confineTempFolder } from './scratch-temp';

/** Jest's globalSetup: runs before any worker starts, so workers inherit the run's temp folder. */
export default function globalSetup(): void {
  const folder = confineTempFolder();
  (globalThis as { sochungTestTemp?: string }).sochungTestTemp = folder;
}
