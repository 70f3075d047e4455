import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** AES-256: 32 bytes. */
export const CURSOR_KEY_BYTES = 32;

/**
 * The key cursors are sealed with: 32 random bytes, base64url, in a file of its own (so it
 * rotates alone, and every instance of every subgraph reads the same one). `create`: write a
 * fresh key when the file does not exist — outside production only, as with the signing keys.
 */
export function loadCursorKey(file: string, options: { create: boolean }): Buffer {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || !options.create) {
      throw new Error(`cannot read the cursor key file ${file}: ${(error as Error).message}`, { cause: error });
    }
    text = createKeyFile(file);
  }
  const key = Buffer.from(text.trim(), 'base64url');
  if (key.length !== CURSOR_KEY_BYTES || key.toString('base64url') !== text.trim()) {
    throw new Error(`the cursor key file ${file} must hold ${CURSOR_KEY_BYTES} bytes in base64url`);
  }
  return key;
}

/**
 * Writes a new key whole before it has the file's name (a hard link fails if the name is
 * taken), so a subgraph starting at the same moment reads either no key or all of it.
 */
function createKeyFile(file: string): string {
  const text = `${randomBytes(CURSOR_KEY_BYTES).toString('base64url')}\n`;
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(draft, text, { flag: 'wx', mode: 0o600 });
  try {
    linkSync(draft, file);
    return text;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readFileSync(file, 'utf8');
    throw error;
  } finally {
    rmSync(draft, { force: true });
  }
}
