import { ApiError } from '../../../api/api-error';
import { correctCitizen, requestIdentityCorrection, requestVitalStatusChange } from './citizen-api';
import type { Changes } from './correction-form';

export interface Sent {
  /** The version the details made, when there were details. */
  version: number | null;
  /** The change requests opened, for a second steward to approve. */
  requests: { kind: 'identity' | 'vital_status'; id: string }[];
}

export type Outcome =
  | ({ kind: 'done' } & Sent)
  /** STALE_VERSION: `remaining` is what was not written or asked yet; `sent` what was, before it. */
  | { kind: 'stale'; remaining: Changes; sent: Sent };

const hasAny = (part: object) => Object.keys(part).length > 0;

/**
 * Sends a correction based on `expectedVersion`: the details first (they take effect at once,
 * making a new version), then the identity fields and the vital status as change requests
 * based on the version the details made. A refusal other than STALE_VERSION is thrown as it came.
 */
export async function submitCorrection(
  personalIdNumber: string,
  expectedVersion: number,
  changes: Changes,
  reason: string,
): Promise<Outcome> {
  const sent: Sent = { version: null, requests: [] };
  let remaining: Changes = changes;
  try {
    if (hasAny(changes.details)) {
      sent.version = await correctCitizen(personalIdNumber, expectedVersion, changes.details, reason);
      remaining = { ...remaining, details: {} };
    }
    const base = sent.version ?? expectedVersion;
    if (hasAny(changes.identity)) {
      const { id } = await requestIdentityCorrection(personalIdNumber, base, changes.identity, reason);
      sent.requests.push({ kind: 'identity', id });
      remaining = { ...remaining, identity: {} };
    }
    if (changes.vital) {
      const { id } = await requestVitalStatusChange(personalIdNumber, base, changes.vital, reason);
      sent.requests.push({ kind: 'vital_status', id });
    }
    return { kind: 'done', ...sent };
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'STALE_VERSION') throw error;
    return { kind: 'stale', remaining, sent };
  }
}
