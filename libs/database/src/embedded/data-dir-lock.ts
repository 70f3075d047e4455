import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The embedded database is already open in another live process. */
export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(`the embedded database in ${dataDir} is already open in process ${pid}; stop that process first`);
  }
}

/**
 * PGlite does not lock its folder, and two processes writing one folder corrupt it.
 * A pid file beside the folder keeps a second process out; a stale one is taken over.
 */
export class DataDirLock {
  private constructor(private readonly path: string) {}

  static acquire(dataDir: string): DataDirLock {
    const path = join(dirname(dataDir), `.${dataDir.split(/[\\/]/).pop()}.lock`);
    mkdirSync(dataDir, { recursive: true });
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(path, 'wx');
        writeSync(fd, String(process.pid));
        closeSync(fd);
        return new DataDirLock(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const holder = Number(readFileSync(path, 'utf8'));
        // Our own pid counts as a holder too: one process must not open the folder twice.
        if (isAlive(holder)) throw new DataDirInUseError(dataDir, holder);
        // Take a stale lock over atomically: of two processes renaming it, one gets ENOENT.
        const stale = `${path}.stale-${process.pid}`;
        try {
          renameSync(path, stale);
          rmSync(stale, { force: true });
        } catch (renameError) {
          if ((renameError as NodeJS.ErrnoException).code !== 'ENOENT') throw renameError;
        }
      }
    }
    throw new Error(`could not lock ${dataDir}`);
  }

  release(): void {
    rmSync(this.path, { force: true });
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
