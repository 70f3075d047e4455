import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** @fastify/secure-session's key (libsodium secretbox): 32 bytes. */
export const SESSION_KEY_BYTES = 32;

/**
 * The key session cookies are encrypted with: 32 random bytes, base64url, in a file of its own
 * (every instance of the web server reads the same one; replacing it signs everyone out).
 * `create`: write a fresh key when the file does not exist — outside production only, as with
 * the other key files.
 */
export function loadSessionKey(file: string, options: { create: boolean }): Buffer {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || !options.create) {
      throw new Error(`cannot read the session key file ${file} (SESSION_KEY_FILE): ${(error as Error).message}`, {
        cause: error,
      });
    }
    text = createKeyFile(file);
  }
  const key = Buffer.from(text.trim(), 'base64url');
  if (key.length !== SESSION_KEY_BYTES || key.toString('base64url') !== text.trim()) {
    throw new Error(`the session key file ${file} must hold ${SESSION_KEY_BYTES} bytes in base64url`);
  }
  return key;
}

/** Written whole under another name, then linked: a second instance starting at once reads all of it or none. */
function createKeyFile(file: string): string {
  const text = `${randomBytes(SESSION_KEY_BYTES).toString('base64url')}\n`;
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
