import { loadSecretKeyFile } from '@app/config';

/** AES-256: 32 bytes. */
export const CURSOR_KEY_BYTES = 32;

/**
 * The key cursors are sealed with, from CURSOR_KEY_FILE (every instance of every subgraph reads
 * the same one). `create`: write a fresh key when the file does not exist — outside production only.
 */
export function loadCursorKey(file: string, options: { create: boolean }): Buffer {
  return loadSecretKeyFile(file, {
    label: 'cursor key',
    variable: 'CURSOR_KEY_FILE',
    bytes: CURSOR_KEY_BYTES,
    create: options.create,
  });
}
