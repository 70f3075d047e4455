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
  return signedStatementVerifier<CheckpointStatement>(jwks, CHECKPOINT_JWS_TYPE, statementProblem);
}

/**
 * A verifier of one kind of signed statement (a checkpoint, a witness's cosignature): the
 * algorithm is EdDSA or ES256, the key is one of `jwks` found by `kid`, `typ` is `type`, and
 * `problem` finds nothing wrong with the claims. It refuses rather than throws.
 */
export function signedStatementVerifier<T>(
  jwks: JSONWebKeySet,
  type: string,
  problem: (claims: JWTPayload) => string | null,
): (jws: string) => Promise<{ ok: true; statement: T } | { ok: false; reason: string }> {
  const keys = createLocalJWKSet(jwks);
  return async (jws) => {
    if (typeof jws !== 'string') return { ok: false, reason: 'there is no JWS' };
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(jws, keys, {
        algorithms: CHECKPOINT_ALGORITHMS,
        typ: type,
        requiredClaims: ['iss', 'iat'],
      }));
    } catch (error) {
      return { ok: false, reason: refusal(error) };
    }
    const found = problem(payload);
    return found ? { ok: false, reason: found } : { ok: true, statement: payload as unknown as T };
  };
}

/** What is wrong with the tree claims every log statement shares (iss, iat, size, root), or null. */
export function treeClaimsProblem(claims: JWTPayload): string | null {
  if (typeof claims.iss !== 'string' || claims.iss === '') return 'the signed iss is not a name';
  if (!Number.isSafeInteger(claims.iat)) return 'the signed iat is not a time';
  if (!isTreeInteger(claims.size)) return 'the signed size is not a tree size';
  try {
    hashFromBase64Url(claims.root as string);
  } catch {
    return 'the signed root is not a base64url hash';
  }
  return null;
}

function statementProblem(claims: JWTPayload): string | null {
  const problem = treeClaimsProblem(claims);
  if (problem) return problem;
  try {
    hashFromBase64Url(claims.chainHash as string);
  } catch {
    return 'the signed chainHash is not a base64url hash';
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
