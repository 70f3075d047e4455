import { createLocalJWKSet, errors, jwtVerify, type JSONWebKeySet } from 'jose';
import { ACCEPTED_ALGORITHMS, acceptingEd25519Aliases } from '@app/auth';

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

export type ConsentReceiptVerdict = { ok: true; artefact: ConsentReceiptArtefact } | { ok: false; reason: string };

/**
 * Checks a receipt with the registry's published key set only: algorithm, key by `kid`, typ,
 * signature, and the artefact's shape. It refuses rather than throws.
 */
export async function verifyConsentReceipt(jws: string, jwks: JSONWebKeySet): Promise<ConsentReceiptVerdict> {
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(jws.trim(), acceptingEd25519Aliases(createLocalJWKSet(jwks)), {
      algorithms: CONSENT_RECEIPT_ALGORITHMS,
      typ: CONSENT_RECEIPT_JWS_TYPE,
      requiredClaims: ['iss', 'iat', 'jti'],
    }));
  } catch (error) {
    return { ok: false, reason: refusal(error) };
  }
  const problem = artefactProblem(payload);
  return problem
    ? { ok: false, reason: problem }
    : { ok: true, artefact: payload as unknown as ConsentReceiptArtefact };
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

function refusal(error: unknown): string {
  if (error instanceof errors.JWKSNoMatchingKey) return 'no key of the key set matches it (signed by another key)';
  if (error instanceof errors.JWKSMultipleMatchingKeys) return 'several keys of the key set match it';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'the signature does not verify';
  if (error instanceof errors.JOSEAlgNotAllowed) {
    return `its algorithm is not accepted (only ${CONSENT_RECEIPT_ALGORITHMS.join(', ')})`;
  }
  if (error instanceof errors.JWTClaimValidationFailed) return `its ${error.claim} is not valid (${error.reason})`;
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return 'it is not a compact JWS';
  if (error instanceof errors.JOSEError) return error.message;
  throw error;
}
