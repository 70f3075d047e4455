import type { JSONWebKeySet } from 'jose';
import { ACCEPTED_ALGORITHMS } from './jws-algorithms';
import { statementVerifier, type SignatureCode } from './signed-statement';

/** The JWS `typ` of a consent receipt: no other signed document of the registry passes for one. */
export const CONSENT_RECEIPT_JWS_TYPE = 'consent-receipt+jwt';

/** The only algorithms a receipt may be signed with (Ed25519 under either name, ES256): never `none`, never HMAC. */
export const CONSENT_RECEIPT_ALGORITHMS = ACCEPTED_ALGORITHMS;

/**
 * What a consent receipt says, after ISO/IEC TS 27560 and the Account Aggregator consent
 * artefact: who consented, to whom, for what, for how long, and what happened when.
 */
export interface ConsentReceiptArtefact {
  iss: string;
  /** The receipt's id. */
  jti: string;
  iat: number;
  consentId: string;
  event: 'granted' | 'paused' | 'resumed' | 'revoked';
  /** The citizen's personal ID number. */
  subject: string;
  agency: { code: string; nameVi: string };
  purpose: { code: string; textVi: string };
  categories: string[];
  validFrom: string;
  validTo: string;
  fetchType: 'one_time' | 'periodic';
  maxReadsPerDay: number | null;
  dataLifeDays: number;
  /** The consent's status after the event. */
  status: string;
  /** When the event happened (ISO 8601). */
  time: string;
}

/** A receipt whose signature and artefact hold, or why not (STATEMENT_MALFORMED: a claim of the artefact is missing). */
export type ConsentReceiptVerdict =
  { ok: true; artefact: ConsentReceiptArtefact } | { ok: false; code: SignatureCode; reason: string };

/**
 * Checks a receipt with the registry's published key set only: algorithm, key by `kid`, typ,
 * signature, and the artefact's shape. It refuses rather than throws.
 */
export async function verifyConsentReceipt(jws: string, jwks: JSONWebKeySet): Promise<ConsentReceiptVerdict> {
  const verdict = await statementVerifier<ConsentReceiptArtefact>(jwks, {
    type: CONSENT_RECEIPT_JWS_TYPE,
    algorithms: CONSENT_RECEIPT_ALGORITHMS,
    requiredClaims: ['iss', 'iat', 'jti'],
    problem: artefactProblem,
  })(jws);
  return verdict.ok ? { ok: true, artefact: verdict.statement } : verdict;
}

function artefactProblem(claims: Record<string, unknown>): string | null {
  for (const claim of ['consentId', 'event', 'subject', 'validFrom', 'validTo', 'fetchType', 'status', 'time']) {
    if (typeof claims[claim] !== 'string') return `the signed ${claim} is missing`;
  }
  if (!Array.isArray(claims.categories)) return 'the signed categories are missing';
  if (typeof claims.agency !== 'object' || claims.agency === null) return 'the signed agency is missing';
  if (typeof claims.purpose !== 'object' || claims.purpose === null) return 'the signed purpose is missing';
  if (!Number.isInteger(claims.dataLifeDays)) return 'the signed dataLifeDays is missing';
  return null;
}
