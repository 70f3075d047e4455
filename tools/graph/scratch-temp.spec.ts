import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { confineTempFolder, removeTempFolder } from './scratch-temp';

describe("a test run's own temp folder", () => {
  it('is where this test, in a worker of the run, makes its scratch folders', () => {
    expect(basename(tmpdir())).toMatch(/^sochung-test-run-/);
  });

  it('is where os.tmpdir() points, and is removed with what tests left, which it names', () => {
    const env: NodeJS.ProcessEnv = {};
    const folder = confineTempFolder(env);
    try {
      expect(env.TMPDIR).toBe(folder);
      expect(basename(folder)).toMatch(/^sochung-test-run-/);
      mkdirSync(join(folder, 'sochung-data-abc'));
      mkdirSync(join(folder, 'node-compile-cache')); // Node's own, which tsc turns on
      expect(removeTempFolder(folder)).toEqual(['sochung-data-abc']);
      expect(existsSync(folder)).toBe(false);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('never removes a folder that is not a run folder', () => {
    const other = mkdtempSync(join(tmpdir(), 'not-a-run-'));
    try {
      expect(removeTempFolder(other)).toEqual([]);
      expect(existsSync(other)).toBe(true);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
