import { loadSecretKeyFile } from '@app/config';

/** @fastify/secure-session's key (libsodium secretbox): 32 bytes. */
export const SESSION_KEY_BYTES = 32;

/**
 * The key session cookies are encrypted with, from SESSION_KEY_FILE (every instance of the web
 * server reads the same one; replacing it signs everyone out). `create`: write a fresh key when
 * the file does not exist — outside production only.
 */
export function loadSessionKey(file: string, options: { create: boolean }): Buffer {
  return loadSecretKeyFile(file, {
    label: 'session key',
    variable: 'SESSION_KEY_FILE',
    bytes: SESSION_KEY_BYTES,
    create: options.create,
  });
}
