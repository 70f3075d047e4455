import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

// What `nest build` compiles (tsconfig.build.json's include) and what changes how it compiles.
const SOURCE_FOLDERS = ['apps', 'libs', 'migrations', 'tools', 'bench'];
const BUILD_FILES = ['tsconfig.json', 'tsconfig.build.json', 'nest-cli.json', 'package-lock.json'];
/** Written after a build this launcher ran, with the time that build started. */
export const STAMP_FILE = join('dist', '.tool-build-stamp');

/**
 * The newest modification time among the build's inputs. Folders count too: deleting or
 * renaming a source file changes its folder's time, not any remaining file's.
 */
export function newestInputTime(root: string): number {
  let newest = 0;
  const visit = (path: string) => {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) return;
    newest = Math.max(newest, stat.mtimeMs);
    if (!stat.isDirectory()) return;
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      // Unit tests are not compiled (tsconfig.build.json excludes them): editing one needs no build.
      if (entry.isFile() && entry.name.endsWith('.spec.ts')) continue;
      visit(join(path, entry.name));
    }
  };
  for (const folder of SOURCE_FOLDERS) visit(join(root, folder));
  for (const file of BUILD_FILES) visit(join(root, file));
  return newest;
}

/** True when dist/ may not match the sources: no stamp, no entry file, or an input newer than the last build. */
export function buildIsStale(root: string, entry: string): boolean {
  const stamp = statSync(join(root, STAMP_FILE), { throwIfNoEntry: false });
  if (!stamp || !existsSync(join(root, entry))) return true;
  return newestInputTime(root) > stamp.mtimeMs;
}

/** Runs `build` and, when it succeeds, stamps dist/ with the time it started (a file saved during the build stays newer). */
export function buildAndStamp(root: string, build: () => boolean): boolean {
  const startedAt = new Date();
  if (!build()) return false;
  const stamp = join(root, STAMP_FILE);
  writeFileSync(stamp, 'sources as of this file time were compiled into dist/ by tools/run/run-tool.mts\n');
  utimesSync(stamp, startedAt, startedAt);
  return true;
}

function nestBuild(root: string): boolean {
  process.stderr.write('[sochung] sources changed since the last build: building first (nest build)…\n');
  // Build output goes to stderr: a tool's stdout is its answer (`$(npm run --silent token …)`).
  const result = spawnSync(join(root, 'node_modules', '.bin', 'nest'), ['build'], {
    cwd: root,
    stdio: ['ignore', process.stderr, process.stderr],
  });
  return result.status === 0;
}

/**
 * `node tools/run/run-tool.mts <tool> [args…]`: runs dist/tools/<tool>/main.js, building first
 * only when a source or build setting changed since the last build, so that an up-to-date
 * tool answers at once instead of after a whole `nest build`.
 */
async function main(): Promise<void> {
  const [tool, ...args] = process.argv.slice(2);
  if (!tool || !/^[a-z-]+$/.test(tool)) {
    process.stderr.write('Usage: node tools/run/run-tool.mts <tool> [arguments…]\n');
    process.exitCode = 2;
    return;
  }
  const root = process.cwd();
  const entry = join('dist', 'tools', tool, 'main.js');
  if (buildIsStale(root, entry) && !buildAndStamp(root, () => nestBuild(root))) {
    process.stderr.write('[sochung] the build failed (above): the tool did not run\n');
    process.exitCode = 1;
    return;
  }
  if (!existsSync(join(root, entry))) {
    process.stderr.write(`[sochung] there is no tool ${tool} (no ${entry})\n`);
    process.exitCode = 2;
    return;
  }
  // The tool reads its arguments from process.argv, as if node had started it directly.
  process.argv = [process.argv[0], resolve(root, entry), ...args];
  await import(pathToFileURL(resolve(root, entry)).href);
}

// Run as a script (`node tools/run/run-tool.mts …`), not when imported.
if (process.argv[1] && basename(process.argv[1]) === 'run-tool.mts') void main();
