import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataDirInUseError, DataDirLock } from './data-dir-lock';

describe('DataDirLock', () => {
  const root = mkdtempSync(join(tmpdir(), 'sochung-lock-'));
  const dataDir = join(root, 'pglite');
  const lockFile = join(root, '.pglite.lock');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('lets one holder in and keeps a second out while the first lives, even in the same process', () => {
    const lock = DataDirLock.acquire(dataDir);
    expect(readFileSync(lockFile, 'utf8')).toBe(String(process.pid));
    expect(() => DataDirLock.acquire(dataDir)).toThrow(DataDirInUseError);
    writeFileSync(lockFile, String(process.ppid)); // as if another live process held it
    expect(() => DataDirLock.acquire(dataDir)).toThrow(DataDirInUseError);
    writeFileSync(lockFile, String(process.pid));
    lock.release();
  });

  it('takes over a lock left by a process that is gone', () => {
    writeFileSync(lockFile, '999999999');
    const lock = DataDirLock.acquire(dataDir);
    expect(readFileSync(lockFile, 'utf8')).toBe(String(process.pid));
    lock.release();
  });
});
