import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, truncateSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';

/** One checkpoint the witness cosigned, as it keeps it. */
export interface CosignedCheckpoint {
  size: number;
  /** Merkle root, base64url. */
  root: string;
  /** The log's issuer (the registry). */
  origin: string;
  /** The registry's checkpoint JWS (typ log-checkpoint+jwt). */
  checkpoint: string;
  /** The witness's cosignature JWS (typ log-cosignature+jwt) over the same size and root. */
  cosignature: string;
  cosignedAt: string;
}

/** The witness's file is not what it writes: it stops rather than cosign from a wrong state. */
export class CosignedStoreError extends Error {}

const FILE = 'cosigned.jsonl';

/**
 * The witness's memory: an append-only file of the checkpoints it cosigned, one JSON line
 * each, each written and fsync'd before its cosignature leaves the process. Only the latest
 * matters for what it accepts next; the rest is its history, for anyone who audits it.
 *
 * A file of its own rather than a database: the witness must not share the registry's
 * database (whose owner is whom it guards against), it keeps one small record per checkpoint,
 * and it must survive a crash: a line is durable once fsync returns, which the embedded PGlite
 * does not promise. A line cut short by a crash was never answered, so it is dropped on open.
 */
export class CosignedStore {
  private constructor(
    private readonly handle: FileHandle,
    private newest: CosignedCheckpoint | null,
    readonly path: string,
  ) {}

  static async open(dataDir: string): Promise<CosignedStore> {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const path = join(dataDir, FILE);
    let text = '';
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const complete = text.slice(0, text.lastIndexOf('\n') + 1);
    if (complete.length !== text.length) truncateSync(path, Buffer.byteLength(complete));
    const newest = CosignedStore.newestOf(complete, path);
    const handle = await open(path, 'a', 0o600);
    if (text === '') syncFolder(dataDir);
    return new CosignedStore(handle, newest, path);
  }

  /** The checkpoint cosigned last (the largest), or null before the first. */
  latest(): CosignedCheckpoint | null {
    return this.newest;
  }

  /** Appends a cosigned checkpoint; resolves once it is on disk. */
  async append(cosigned: CosignedCheckpoint): Promise<void> {
    if (this.newest && cosigned.size <= this.newest.size) {
      throw new CosignedStoreError(`size ${cosigned.size} does not follow ${this.newest.size}`);
    }
    await this.handle.appendFile(`${JSON.stringify(cosigned)}\n`);
    await this.handle.datasync();
    this.newest = cosigned;
  }

  async close(): Promise<void> {
    await this.handle.close();
  }

  private static newestOf(text: string, path: string): CosignedCheckpoint | null {
    let newest: CosignedCheckpoint | null = null;
    for (const [i, line] of text.split('\n').entries()) {
      if (line === '') continue;
      let entry: CosignedCheckpoint;
      try {
        entry = JSON.parse(line) as CosignedCheckpoint;
      } catch {
        throw new CosignedStoreError(`${path} line ${i + 1} is not JSON`);
      }
      if (
        !Number.isSafeInteger(entry.size) ||
        typeof entry.root !== 'string' ||
        typeof entry.cosignature !== 'string'
      ) {
        throw new CosignedStoreError(`${path} line ${i + 1} is not a cosigned checkpoint`);
      }
      if (newest && entry.size <= newest.size) {
        throw new CosignedStoreError(`${path} line ${i + 1}: size ${entry.size} does not follow ${newest.size}`);
      }
      newest = entry;
    }
    return newest;
  }
}

/** A new file's name is durable only once its folder is synced. */
function syncFolder(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
