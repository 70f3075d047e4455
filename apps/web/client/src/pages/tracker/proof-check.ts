import { ApiError } from '../../api/api-error';

export type KeySet = { keys: Record<string, unknown>[] };

/**
 * The seam to the shared, browser-safe proof library (branch h-proof-lib): until it is merged
 * the page says plainly that it cannot verify here, rather than pretend.
 */
export function checkEntryProof(
  _entry: unknown,
  _registry: KeySet,
  _witness: KeySet,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  return Promise.reject(new ApiError('VERIFIER_UNAVAILABLE', 'the in-browser verifier is not part of this build yet'));
}
