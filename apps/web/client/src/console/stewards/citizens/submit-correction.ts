import { ApiError } from '../../../api/api-error';
import { correctCitizen, requestIdentityCorrection } from './citizen-api';
import type { Changes } from './correction-form';

export type Outcome =
  | { kind: 'done'; version: number | null; requestId: string | null }
  /** STALE_VERSION: `remaining` is what was not written (all of it, or the identity request after the details). */
  | { kind: 'stale'; remaining: Changes; currentVersion: number | null };

const hasAny = (part: object) => Object.keys(part).length > 0;

/**
 * Sends a correction based on `expectedVersion`: the details first (they take effect at once,
 * making a new version), then the identity fields as a change request based on the version
 * the details made. A refusal other than STALE_VERSION is thrown as it came.
 */
export async function submitCorrection(
  personalIdNumber: string,
  expectedVersion: number,
  changes: Changes,
  reason: string,
): Promise<Outcome> {
  let version = expectedVersion;
  let corrected: number | null = null;
  try {
    if (hasAny(changes.details)) {
      corrected = await correctCitizen(personalIdNumber, version, changes.details, reason);
      version = corrected;
    }
    const request = hasAny(changes.identity)
      ? await requestIdentityCorrection(personalIdNumber, version, changes.identity, reason)
      : null;
    return { kind: 'done', version: corrected, requestId: request?.id ?? null };
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'STALE_VERSION') throw error;
    const current = error.details.currentVersion;
    return {
      kind: 'stale',
      remaining: corrected === null ? changes : { identity: changes.identity, details: {} },
      currentVersion: typeof current === 'number' ? current : null,
    };
  }
}
