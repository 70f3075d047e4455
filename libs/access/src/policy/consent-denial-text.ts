import type { ConsentDenialReason } from './consent-lookup';

/** How a refusal tells the agency why its consent could not be used. */
export const CONSENT_DENIAL_TEXT: Record<ConsentDenialReason, string> = {
  CONSENT_REVOKED: 'was revoked by the citizen',
  CONSENT_EXPIRED: 'is outside its validity window',
  CONSENT_SPENT: 'was one-time and has been used',
  CONSENT_PAUSED: 'is paused by the citizen',
  CONSENT_LIMIT_REACHED: 'has reached its daily read limit',
};
