import { createLocalJWKSet, errors, jwtVerify, type JSONWebKeySet, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { decodeHash, isTreeInteger } from '../merkle-hash';
import { acceptingEd25519Aliases } from './jws-algorithms';

/** The JWS `typ` of a checkpoint: no other signed document of the registry passes for one. */
export const CHECKPOINT_JWS_TYPE = 'log-checkpoint+jwt';

/** The only algorithms a checkpoint may be signed with: never `none`, never HMAC. */
export const CHECKPOINT_ALGORITHMS = ['EdDSA', 'ES256'];

/** Why a signed document (checkpoint, cosignature, receipt) is refused: stable codes. */
export type SignatureCode =
  /** The key set given is not a JWK set. */
  | 'KEY_SET_INVALID'
  /** Not a compact JWS (or its payload is not JSON claims). */
  | 'JWS_MALFORMED'
  /** No key of the set has its kid (signed by another key). */
  | 'KEY_NOT_FOUND'
  | 'KEY_AMBIGUOUS'
  | 'ALGORITHM_NOT_ALLOWED'
  | 'SIGNATURE_INVALID'
  /** A registered claim or the typ is wrong (another kind of document, or iss/iat missing). */
  | 'CLAIM_INVALID'
  /** Signed, but the claims are not a well-formed statement of its kind. */
  | 'STATEMENT_MALFORMED'
  /** The verifier itself failed (a key it could not import): the document could not be judged. */
  | 'VERIFIER_ERROR';

/** A signed statement whose signature and claims hold, or why not. */
export type SignedVerdict<T> = { ok: true; statement: T } | { ok: false; code: SignatureCode; reason: string };

/** How to verify one kind of signed statement. */
export interface StatementKind {
  /** The JWS typ it must carry. */
  type: string;
  algorithms: string[];
  /** Claims that must be present (besides what `problem` checks). */
  requiredClaims: string[];
  /** What is wrong with the claims, or null. */
  problem: (claims: JWTPayload) => string | null;
}

/**
 * A verifier of one kind of signed statement: the algorithm is one of `kind.algorithms`, the
 * key is one of `jwks` found by `kid` (an Ed25519 key under either name), `typ` is
 * `kind.type`, and `kind.problem` finds nothing wrong with the claims. It refuses rather than throws.
 */
export function statementVerifier<T>(
  jwks: JSONWebKeySet,
  kind: StatementKind,
): (jws: string) => Promise<SignedVerdict<T>> {
  let keys: JWTVerifyGetKey;
  try {
    keys = acceptingEd25519Aliases(createLocalJWKSet(jwks));
  } catch {
    return () => Promise.resolve({ ok: false, code: 'KEY_SET_INVALID', reason: 'the key set is not a JWK set' });
  }
  return async (jws) => {
    if (typeof jws !== 'string') return { ok: false, code: 'JWS_MALFORMED', reason: 'there is no JWS' };
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(jws.trim(), keys, {
        algorithms: kind.algorithms,
        typ: kind.type,
        requiredClaims: kind.requiredClaims,
      }));
    } catch (error) {
      return { ok: false, ...refusal(error, kind.algorithms) };
    }
    const found = kind.problem(payload);
    return found
      ? { ok: false, code: 'STATEMENT_MALFORMED', reason: found }
      : { ok: true, statement: payload as unknown as T };
  };
}

/**
 * A verifier of checkpoint-like statements (EdDSA or ES256, iss and iat required) — the
 * form the registry's checkpoints and its witness's cosignatures share.
 */
export function signedStatementVerifier<T>(
  jwks: JSONWebKeySet,
  type: string,
  problem: (claims: JWTPayload) => string | null,
): (jws: string) => Promise<SignedVerdict<T>> {
  return statementVerifier<T>(jwks, {
    type,
    algorithms: CHECKPOINT_ALGORITHMS,
    requiredClaims: ['iss', 'iat'],
    problem,
  });
}

/** What is wrong with the tree claims every log statement shares (iss, iat, size, root), or null. */
export function treeClaimsProblem(claims: JWTPayload): string | null {
  if (typeof claims.iss !== 'string' || claims.iss === '') return 'the signed iss is not a name';
  if (!Number.isSafeInteger(claims.iat)) return 'the signed iat is not a time';
  if (!isTreeInteger(claims.size)) return 'the signed size is not a tree size';
  if (!decodeHash(claims.root)) return 'the signed root is not a base64url hash';
  return null;
}

function refusal(error: unknown, algorithms: string[]): { code: SignatureCode; reason: string } {
  if (error instanceof errors.JWKSNoMatchingKey) {
    return { code: 'KEY_NOT_FOUND', reason: 'no key of the key set matches it (signed by another key)' };
  }
  if (error instanceof errors.JWKSMultipleMatchingKeys) {
    return { code: 'KEY_AMBIGUOUS', reason: 'several keys of the key set match it' };
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return { code: 'SIGNATURE_INVALID', reason: 'the signature does not verify' };
  }
  if (error instanceof errors.JOSEAlgNotAllowed) {
    return { code: 'ALGORITHM_NOT_ALLOWED', reason: `its algorithm is not accepted (only ${algorithms.join(', ')})` };
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    return { code: 'CLAIM_INVALID', reason: `its ${error.claim} is not valid (${error.reason})` };
  }
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) {
    return { code: 'JWS_MALFORMED', reason: 'it is not a compact JWS' };
  }
  if (error instanceof errors.JOSEError) return { code: 'SIGNATURE_INVALID', reason: error.message };
  return { code: 'VERIFIER_ERROR', reason: error instanceof Error ? error.message : String(error) };
}

const UNJUDGED = new Set(['KEY_SET_INVALID', 'WITNESS_KEY_SET_INVALID', 'VERIFIER_ERROR']);

/**
 * True for a refusal that says nothing about the document: the keys to judge it with were
 * unusable. A tool reports "could not be checked" for it, not "does not verify".
 */
export function couldNotJudge(refusal: { code: string; detail?: string }): boolean {
  return UNJUDGED.has(refusal.code) || UNJUDGED.has(refusal.detail ?? '');
}
