import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface SecretKeyFile {
  /** What the key is for, in messages: "cursor key", "session key". */
  label: string;
  /** The setting that names the file, in messages. */
  variable: string;
  bytes: number;
  /** Write a fresh key when the file does not exist: outside production only, as with the signing keys. */
  create: boolean;
}

/**
 * A symmetric key in a file of its own: `bytes` random bytes, base64url, one line (so it rotates
 * alone, and every instance of an app reads the same one). Throws, naming the file and its
 * setting, when it cannot be read or does not hold such a key.
 */
export function loadSecretKeyFile(file: string, key: SecretKeyFile): Buffer {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || !key.create) {
      throw new Error(`cannot read the ${key.label} file ${file} (${key.variable}): ${(error as Error).message}`, {
        cause: error,
      });
    }
    text = createKeyFile(file, key.bytes);
  }
  const bytes = Buffer.from(text.trim(), 'base64url');
  if (bytes.length !== key.bytes || bytes.toString('base64url') !== text.trim()) {
    throw new Error(`the ${key.label} file ${file} (${key.variable}) must hold ${key.bytes} bytes in base64url`);
  }
  return bytes;
}

/**
 * Writes a new key whole before it has the file's name (a hard link fails if the name is
 * taken), so an instance starting at the same moment reads either no key or all of it.
 */
function createKeyFile(file: string, bytes: number): string {
  const text = `${randomBytes(bytes).toString('base64url')}\n`;
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
