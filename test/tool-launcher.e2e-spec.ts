import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LAUNCHER = join(__dirname, '..', 'tools', 'run', 'run-tool.mts');

/** Runs the launcher as `npm run <tool>` does, in `cwd`. */
function runTool(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [LAUNCHER, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the tool launcher (npm run token, seed, import, verify-log, verify-receipt)', () => {
  it('runs a real tool at once, without building, when the build is up to date', () => {
    const root = join(__dirname, '..');
    runTool(root, 'token', 'citizen', '001085012345'); // builds when the sources changed since the last build
    const again = runTool(root, 'token', 'citizen', '001085012345');
    expect(again.stderr).not.toContain('building first');
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
  });

  describe('in a project of its own', () => {
    let root: string;
    const builds = () => readFileSync(join(root, 'builds.log'), 'utf8').split('\n').filter(Boolean).length;
    // Times relative to the last build's stamp, so that no test depends on the clock's resolution.
    const stampTime = () => statSync(join(root, 'dist', '.tool-build-stamp')).mtimeMs;
    const setTime = (path: string, ms: number) => utimesSync(path, new Date(ms), new Date(ms));
    const later = (path: string) => setTime(path, stampTime() + 1);
    const earlier = (path: string) => setTime(path, stampTime() - 1000);
    const fakeNest = (exitCode: number) => {
      writeFileSync(
        join(root, 'node_modules', '.bin', 'nest'),
        `#!/bin/sh\necho built >> builds.log\nexit ${exitCode}\n`,
      );
      chmodSync(join(root, 'node_modules', '.bin', 'nest'), 0o755);
    };

    beforeEach(() => {
      root = mkdtempSync(join(tmpdir(), 'sochung-launcher-'));
      for (const folder of ['apps/a', 'libs/b', 'tools/echo', 'dist/tools/echo', 'node_modules/.bin']) {
        mkdirSync(join(root, folder), { recursive: true });
      }
      writeFileSync(join(root, 'builds.log'), '');
      writeFileSync(join(root, 'apps/a/a.ts'), 'export const a = 1;\n');
      writeFileSync(join(root, 'tools/echo/main.ts'), '');
      writeFileSync(
        join(root, 'dist/tools/echo/main.js'),
        "console.log('ran with', process.argv.slice(2).join(' '));\n",
      );
      fakeNest(0);
    });
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    it('builds once when there was no build of its own, then runs the tool with its arguments', () => {
      const first = runTool(root, 'echo', '--x', 'y');
      expect(first).toMatchObject({ status: 0, stdout: 'ran with --x y\n' });
      expect(first.stderr).toContain('building first');
      expect(builds()).toBe(1);
      expect(runTool(root, 'echo')).toMatchObject({ status: 0, stdout: 'ran with \n', stderr: '' });
      expect(builds()).toBe(1);
    });

    it('builds again after a source file, a build setting or a folder (a file deleted) changed, not after a unit test', () => {
      runTool(root, 'echo');
      writeFileSync(join(root, 'libs/b/b.spec.ts'), 'test');
      later(join(root, 'libs/b/b.spec.ts'));
      earlier(join(root, 'libs/b')); // the folder's time moved with the new file: only the spec counts here
      runTool(root, 'echo');
      expect(builds()).toBe(1);

      later(join(root, 'apps/a/a.ts'));
      runTool(root, 'echo');
      expect(builds()).toBe(2);

      writeFileSync(join(root, 'tsconfig.json'), '{}');
      later(join(root, 'tsconfig.json'));
      runTool(root, 'echo');
      expect(builds()).toBe(3);

      rmSync(join(root, 'apps/a/a.ts'));
      later(join(root, 'apps/a'));
      runTool(root, 'echo');
      expect(builds()).toBe(4);
    });

    it('does not run the tool when the build fails, and exits 1', () => {
      fakeNest(1);
      const failed = runTool(root, 'echo');
      expect(failed.status).toBe(1);
      expect(failed.stdout).toBe('');
      expect(failed.stderr).toContain('the build failed');
      fakeNest(0);
      expect(runTool(root, 'echo').stdout).toBe('ran with \n');
    });
  });
});
