import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DATA_CATEGORY_CODES } from '@app/access';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tools/browser/launch-chromium';
import { distDir, startTestGraph, type TestGraph } from '../tools/graph/start-graph';

/**
 * The citizen portal on the demo data, in Debian's Chromium: the time from the demo sign-in
 * click to the tracker's first page of entries, by the page's own clock (performance.now()
 * taken in the page at the click and when the DOM first holds the awaited element), median
 * of 10 rounds, each in a fresh browser profile (signed out). Two ways in, interleaved:
 * from "/" (the app lands on the record; then the tracker link) and straight at /tracker
 * (the sign-in page shows there and the tracker follows it). Then the built assets' sizes.
 */
const ROUNDS = 10;
/** Trần Thị Bình, a demo citizen; social insurance reads her once first, so her tracker has an entry. */
const BINH = '079190004321';
const SUBMIT = 'Đăng nhập với tư cách công dân này';
/** The record has come (its categories' sections are drawn only with the data). */
const RECORD_READY = 'section.category';
/** The tracker's first page: at least one entry of the list. */
const TRACKER_READY = 'ol.tracker-list article';

type Phase = 'click → record' | 'tracker link → entries' | 'sum (from /)' | 'click → entries (at /tracker)';

async function main(): Promise<void> {
  const graph = await startTestGraph({ web: true, env: { LOG_LEVEL: 'error' } });
  try {
    await agencyRead(graph);
    const times = new Map<Phase, number[]>();
    const add = (phase: Phase, ms: number) => times.set(phase, [...(times.get(phase) ?? []), ms]);
    // A warm-up of each way (the server's first answers, Chromium's first start), not counted.
    await fromHome(graph);
    await atTracker(graph);
    for (let round = 0; round < ROUNDS; round++) {
      const home = await fromHome(graph);
      add('click → record', home.record);
      add('tracker link → entries', home.entries);
      add('sum (from /)', home.record + home.entries);
      add('click → entries (at /tracker)', await atTracker(graph));
    }
    console.log(`\nPortal, demo sign-in to the tracker's first page, browser's own timing, ${ROUNDS} rounds (ms)\n`);
    console.log(`${'phase'.padEnd(32)}${['median', 'min', 'p90', 'max'].map((h) => h.padStart(9)).join('')}`);
    for (const [phase, values] of times) {
      const row = [median(values), Math.min(...values), percentile(values, 90), Math.max(...values)];
      console.log(`${phase.padEnd(32)}${row.map((ms) => ms.toFixed(1).padStart(9)).join('')}`);
    }
    printAssetSizes();
  } finally {
    await graph.close();
  }
}

/** A read of Bình by social insurance, recorded in her log before the rounds start. */
async function agencyRead(graph: TestGraph): Promise<void> {
  const token = graph.tokens.mint({
    kind: 'agency',
    sub: 'bhxh-demo',
    agency: 'BHXH',
    purpose: 'SOCIAL_INSURANCE_ENROLMENT',
    scope: DATA_CATEGORY_CODES.join(' '),
  });
  const response = await fetch(`${graph.gatewayUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-case-reference': 'BENCH-1' },
    body: JSON.stringify({
      query: 'query ($id: String!) { citizen(personalIdNumber: $id) { fullName } }',
      variables: { id: BINH },
    }),
  });
  const body = (await response.json()) as { errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
}

/** From "/": sign-in click → the record, then the tracker link's click → the tracker's entries. */
async function fromHome(graph: TestGraph): Promise<{ record: number; entries: number }> {
  return inFreshBrowser(async (page) => {
    await page.goto(`${graph.webUrl}/`);
    await signIn(page, RECORD_READY);
    const record = await elapsed(page);
    await page.evaluate(armTimer('a[href="/tracker"]', TRACKER_READY));
    await page.locator('a[href="/tracker"]').first().click();
    await page.locator(TRACKER_READY).first().waitFor();
    return { record, entries: await elapsed(page) };
  });
}

/** Straight at /tracker: the sign-in page shows there, and after the click the tracker. */
async function atTracker(graph: TestGraph): Promise<number> {
  return inFreshBrowser(async (page) => {
    await page.goto(`${graph.webUrl}/tracker`);
    await signIn(page, TRACKER_READY);
    return elapsed(page);
  });
}

async function signIn(page: Page, ready: string): Promise<void> {
  const demo = page.getByRole('region', { name: /Đăng nhập thử nghiệm/ });
  await demo.getByRole('combobox', { name: 'Công dân mẫu' }).selectOption(BINH);
  await page.evaluate(armTimer('button[type="submit"]', ready));
  await demo.getByRole('button', { name: SUBMIT }).click();
  await page.locator(ready).first().waitFor();
}

/**
 * Runs in the page: notes performance.now() at the trigger's click (capture phase, before
 * the app's own handlers) and when the DOM first holds `ready` (a mutation observer, called
 * as soon as React has committed it), so neither Playwright's polling nor the round trip
 * to this process is counted. A string, as the project's Node types have no DOM.
 */
function armTimer(trigger: string, ready: string): string {
  return `(() => {
    const timing = { clicked: 0, ready: 0 };
    window.benchTiming = timing;
    const onClick = (event) => {
      if (!event.target.closest(${JSON.stringify(trigger)})) return;
      timing.clicked = performance.now();
      document.removeEventListener('click', onClick, true);
      const observer = new MutationObserver(() => {
        if (!document.querySelector(${JSON.stringify(ready)})) return;
        timing.ready = performance.now();
        observer.disconnect();
      });
      observer.observe(document.body, { childList: true, subtree: true });
    };
    document.addEventListener('click', onClick, true);
  })()`;
}

async function elapsed(page: Page): Promise<number> {
  const timing = await page.evaluate<{ clicked: number; ready: number }>('window.benchTiming');
  if (!timing.clicked || !timing.ready) throw new Error(`the page did not note both times: ${JSON.stringify(timing)}`);
  return timing.ready - timing.clicked;
}

async function inFreshBrowser<T>(run: (page: Page) => Promise<T>): Promise<T> {
  const browser = await launchBrowser();
  try {
    const result = await run(await browser.newPage());
    if (browser.pageErrors.length > 0) throw new Error(`the pages logged errors: ${browser.pageErrors.join('; ')}`);
    return result;
  } finally {
    await browser.close();
  }
}

/** What a browser downloads: dist/web-client/assets, raw and gzip (node:zlib, level 9), source maps apart. */
function printAssetSizes(): void {
  const folder = join(distDir(), 'web-client', 'assets');
  const files = readdirSync(folder).sort();
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`.padStart(10);
  const rows = files.map((name) => {
    const content = readFileSync(join(folder, name));
    return { name, raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
  });
  console.log(`\nBuilt assets, ${folder}\n`);
  console.log(`${'file'.padEnd(40)}${'raw'.padStart(10)}${'gzip'.padStart(10)}`);
  for (const row of rows) console.log(`${row.name.padEnd(40)}${kb(row.raw)}${kb(row.gzip)}`);
  const shipped = rows.filter((row) => !row.name.endsWith('.map'));
  const total = (key: 'raw' | 'gzip') => shipped.reduce((sum, row) => sum + row[key], 0);
  console.log(`${'total (without .map)'.padEnd(40)}${kb(total('raw'))}${kb(total('gzip'))}\n`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Nearest rank: of 10 values, p90 is the 9th smallest. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
