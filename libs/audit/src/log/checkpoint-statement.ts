import { createLocalJWKSet, errors, jwtVerify, type JSONWebKeySet, type JWTPayload } from 'jose';
import { hashFromBase64Url, isTreeInteger } from '../merkle';

/** The JWS `typ` of a checkpoint: no other signed document of the registry passes for one. */
export const CHECKPOINT_JWS_TYPE = 'log-checkpoint+jwt';

/** The only algorithms a checkpoint may be signed with: never `none`, never HMAC. */
export const CHECKPOINT_ALGORITHMS = ['EdDSA', 'ES256'];

/** What a checkpoint's JWS says (typ `log-checkpoint+jwt`). */
export interface CheckpointStatement {
  iss: string;
  /** Records 0..size-1 are covered. */
  size: number;
  /** RFC 6962 Merkle tree head over their leaf hashes, base64url. */
  root: string;
  /** The chain hash of record size-1, base64url. */
  chainHash: string;
  iat: number;
}

/** A checkpoint whose signature and claims hold, or why not. */
export type CheckpointVerdict = { ok: true; statement: CheckpointStatement } | { ok: false; reason: string };

/**
 * A verifier of checkpoint JWSs that trusts only `jwks` (the registry's published key set):
 * the algorithm is EdDSA or ES256, the key is found by `kid`, `typ` is log-checkpoint+jwt,
 * and the claims are a well-formed statement. It refuses rather than throws.
 */
export function checkpointVerifier(jwks: JSONWebKeySet): (jws: string) => Promise<CheckpointVerdict> {
  const keys = createLocalJWKSet(jwks);
  return async (jws) => {
    if (typeof jws !== 'string') return { ok: false, reason: 'the checkpoint has no JWS' };
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(jws, keys, {
        algorithms: CHECKPOINT_ALGORITHMS,
        typ: CHECKPOINT_JWS_TYPE,
        requiredClaims: ['iss', 'iat'],
      }));
    } catch (error) {
      return { ok: false, reason: refusal(error) };
    }
    const problem = statementProblem(payload);
    return problem
      ? { ok: false, reason: problem }
      : { ok: true, statement: payload as unknown as CheckpointStatement };
  };
}

function statementProblem(claims: JWTPayload): string | null {
  if (typeof claims.iss !== 'string' || claims.iss === '') return 'the signed iss is not a name';
  if (!Number.isSafeInteger(claims.iat)) return 'the signed iat is not a time';
  if (!isTreeInteger(claims.size)) return 'the signed size is not a tree size';
  for (const claim of ['root', 'chainHash'] as const) {
    try {
      hashFromBase64Url(claims[claim] as string);
    } catch {
      return `the signed ${claim} is not a base64url hash`;
    }
  }
  return null;
}

function refusal(error: unknown): string {
  if (error instanceof errors.JWKSNoMatchingKey) {
    return 'no key of the key set matches it (signed by another key)';
  }
  if (error instanceof errors.JWKSMultipleMatchingKeys) return 'several keys of the key set match it';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'the signature does not verify';
  if (error instanceof errors.JOSEAlgNotAllowed) {
    return `its algorithm is not accepted (only ${CHECKPOINT_ALGORITHMS.join(', ')})`;
  }
  if (error instanceof errors.JWTClaimValidationFailed) return `its ${error.claim} is not valid (${error.reason})`;
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return 'it is not a compact JWS';
  if (error instanceof errors.JOSEError) return error.message;
  throw error;
}
