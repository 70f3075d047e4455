import type { Subject } from './decision';

/** An active consent that covers one category of one subject for the asking agency and purpose. */
export interface ConsentGrant {
  consentId: string;
}

/** Why a consent that matches agency, purpose, subject and category could not be used. */
export type ConsentDenialReason =
  'CONSENT_REVOKED' | 'CONSENT_EXPIRED' | 'CONSENT_SPENT' | 'CONSENT_PAUSED' | 'CONSENT_LIMIT_REACHED';

/** A matching consent that does not allow this read, and why: the agency is told. */
export interface ConsentDenial {
  consentId: string;
  denied: ConsentDenialReason;
}

/** What the lookup found for one subject and category: a usable consent, or the reason the matching one is not. */
export type ConsentMatch = ConsentGrant | ConsentDenial;

export function isConsentDenial(match: ConsentMatch): match is ConsentDenial {
  return 'denied' in match;
}

/** Options of one lookup. */
export interface ConsentLookupOptions {
  /** False to ask without using: no use is counted, no one-time consent spent (explainAccess). Default true. */
  consume?: boolean;
}

/**
 * Where the policy finds citizens' consents: for one agency and purpose, which of these
 * subjects have consented to which of these categories. Called once per batch of subjects,
 * never per field. By default each consent found is used (counted, a one-time one spent).
 */
export interface ConsentLookup {
  consentsFor(
    agencyCode: string,
    purpose: string,
    subjects: Subject[],
    categories: string[],
    options?: ConsentLookupOptions,
  ): Promise<Map<string, Map<string, ConsentMatch>>>;
}

export const CONSENT_LOOKUP = Symbol('ConsentLookup');

/** No consent matches: only agreements allow (tests, and processes without the exchange's tables). */
export class NoConsents implements ConsentLookup {
  readonly matchesNothing = true;

  consentsFor(): Promise<Map<string, Map<string, ConsentMatch>>> {
    return Promise.resolve(new Map<string, Map<string, ConsentMatch>>());
  }
}
