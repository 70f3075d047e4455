import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/**
 * The flags Debian's Chromium runs with in the tests: headless, no sandbox (CI runs as root),
 * and nothing that reaches outside hosts (updates, sync, background fetches, first-run pages).
 */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface TestBrowser {
  /** A browser profile of its own (a fresh --user-data-dir): cookies, storage, nothing shared. */
  context: BrowserContext;
  /** A new tab, 1280×800 unless asked otherwise (360×740 is the phone the portal must serve). */
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  /** Errors the pages logged or threw (a CSP refusal shows here): a test expects none. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** The system's Chromium (`which chromium`, Debian's package); never a downloaded browser. */
export function chromiumPath(): string {
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(
      'no chromium on PATH: install Debian’s package (apt-get install -y chromium); browsers are never downloaded',
    );
  }
}

/**
 * Launches Debian's Chromium through playwright-core with a fresh profile under the test's
 * temp folder (TMPDIR, the run’s own), removed on close. The browser tests and the portal benchmark use it.
 */
export async function launchBrowser(options: { locale?: string; timezoneId?: string } = {}): Promise<TestBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'sochung-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      args: CHROMIUM_FLAGS.filter((flag) => flag !== '--headless'),
      locale: options.locale ?? 'vi-VN',
      timezoneId: options.timezoneId ?? 'Asia/Ho_Chi_Minh',
      viewport: { width: 1280, height: 800 },
    });
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  const pageErrors: string[] = [];
  const watch = (page: Page) => {
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`${page.url()}: ${message.text()}`);
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return {
    context,
    pageErrors,
    newPage: async (viewport) => {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      return page;
    },
    close: async () => {
      try {
        await context.close();
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
    },
  };
}
