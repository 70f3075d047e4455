import type { Subject } from './decision';

/** An active consent that covers one category of one subject for the asking agency and purpose. */
export interface ConsentGrant {
  consentId: string;
}

/**
 * Where the policy finds citizens' consents: for one agency and purpose, which of these
 * subjects have consented to which of these categories. Called once per batch of subjects,
 * never per field.
 */
export interface ConsentLookup {
  consentsFor(
    agencyCode: string,
    purpose: string,
    subjects: Subject[],
    categories: string[],
  ): Promise<Map<string, Map<string, ConsentGrant>>>;
}

export const CONSENT_LOOKUP = Symbol('ConsentLookup');

/** Until citizens can consent (issue #6), no consent matches: only agreements allow. */
export class NoConsents implements ConsentLookup {
  readonly matchesNothing = true;

  consentsFor(): Promise<Map<string, Map<string, ConsentGrant>>> {
    return Promise.resolve(new Map<string, Map<string, ConsentGrant>>());
  }
}
