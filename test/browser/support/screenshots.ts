import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

/** Where the README's screenshots live (committed PNGs). */
export const SCREENSHOTS_DIR = resolve(__dirname, '..', '..', '..', 'docs', 'screenshots');

/** Whether this run writes screenshots: SCREENSHOTS=1 (the script that regenerates them sets it). */
export function screenshotsWanted(): boolean {
  return process.env.SCREENSHOTS === '1';
}

/**
 * Writes docs/screenshots/<name>.png of the whole page when SCREENSHOTS=1, and nothing
 * otherwise (an ordinary test run leaves the committed images alone). Returns the path written, or null.
 */
export async function screenshot(page: Page, name: string): Promise<string | null> {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) throw new Error(`a screenshot name is kebab-case: ${name}`);
  if (!screenshotsWanted()) return null;
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const path = join(SCREENSHOTS_DIR, `${name}.png`);
  // No caret, no animation: the same page gives the same picture.
  await page.screenshot({ path, fullPage: true, animations: 'disabled', caret: 'hide' });
  return path;
}
