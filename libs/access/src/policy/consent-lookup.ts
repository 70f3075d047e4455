import type { EntityManager } from 'typeorm';
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

/** One subject of a batch and the categories asked of it (not of the batch's other subjects). */
export interface ConsentAsk {
  subject: Subject;
  categories: string[];
}

/** Where a consent's use is written: the access log's transaction (an EntityManager in it). */
export type ConsentUseRunner = Pick<EntityManager, 'query'>;

/**
 * Where the policy finds citizens' consents: for one agency and purpose, which of these
 * subjects have consented to which of the categories asked of each. Called once per batch of
 * subjects, never per field. Finding uses nothing: a consent is used (counted, a one-time one
 * spent) only by `use`, in the transaction that commits the access record citing it.
 */
export interface ConsentLookup {
  consentsFor(agencyCode: string, purpose: string, asks: ConsentAsk[]): Promise<Map<string, Map<string, ConsentMatch>>>;

  /**
   * Uses each consent once, if it is still usable under its row lock (of two reads racing for
   * a one-time consent or a day's last read, one gets it); returns those that could not be
   * used, with why. Nothing is used unless every one could be: the caller rolls back otherwise.
   */
  use(runner: ConsentUseRunner, consentIds: string[]): Promise<Map<string, ConsentDenialReason>>;
}

export const CONSENT_LOOKUP = Symbol('ConsentLookup');

/** No consent matches: only agreements allow (tests, and processes without the exchange's tables). */
export class NoConsents implements ConsentLookup {
  readonly matchesNothing = true;

  consentsFor(): Promise<Map<string, Map<string, ConsentMatch>>> {
    return Promise.resolve(new Map<string, Map<string, ConsentMatch>>());
  }

  use(): Promise<Map<string, ConsentDenialReason>> {
    return Promise.resolve(new Map<string, ConsentDenialReason>());
  }
}
