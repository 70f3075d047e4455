import type { TokenConfig, TrustedIssuer } from '@app/config';
import {
  createRemoteJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  errors,
  jwtVerify,
  type JWTVerifyGetKey,
  type JWTPayload,
} from 'jose';
import { KeySetUnavailableError, UnauthenticatedError } from '../auth.errors';
import type { Principal } from '../principal';
import { ACCEPTED_ALGORITHMS, acceptingEd25519Aliases } from './algorithms';
import { ClaimsError, principalFromClaims } from './principal-claims';
import { claimsFromStaffRoles, trustsStaffOnly } from './staff-roles';
import { isTokenId, MAX_TOKEN_ID_LENGTH } from './token-id';
import { VerifiedTokenCache, type VerifiedToken } from './verified-token-cache';
/** Larger tokens are refused before any parsing: no caller needs more. */
export const MAX_TOKEN_BYTES = 8192;
const REQUIRED_CLAIMS = ['iss', 'aud', 'exp', 'iat', 'sub', 'jti'];

/**
 * Verifies bearer tokens: size, structure, a trusted issuer, a pinned algorithm, a key found by
 * `kid` in that issuer's published key set (fetched, cached for JWKS_CACHE_SECONDS, fetched
 * again on an unknown kid: keys rotate without a restart), audience, times, a bounded lifetime,
 * and claims that name a caller of a kind the issuer may vouch for.
 *
 * A token that verified is remembered (VERIFIED_TOKEN_CACHE_SIZE of them) until its exp, and
 * its signature is not checked again: on each use the issuer's key set is still asked for the
 * token's key, as before, and only the very key that checked the signature will do. A key set
 * fetched anew (rotation, withdrawal) forgets every token. Nothing else is remembered: whether
 * the caller may still read (a suspended system, a narrowed agreement) is the policy's
 * question, asked on every request.
 */
export class TokenVerifier {
  private readonly issuers: Map<string, { trusted: TrustedIssuer; keys: JWTVerifyGetKey }>;
  private readonly verified: VerifiedTokenCache;

  constructor(
    private readonly config: TokenConfig,
    keySet: (trusted: TrustedIssuer) => JWTVerifyGetKey = (trusted) => remoteKeySet(trusted, config),
  ) {
    this.issuers = new Map(
      config.trustedIssuers.map((trusted) => [
        trusted.issuer,
        { trusted, keys: acceptingEd25519Aliases(keySet(trusted)) },
      ]),
    );
    this.verified = new VerifiedTokenCache(config.verifiedTokenCacheSize);
  }

  async verify(token: string): Promise<Principal> {
    if (Buffer.byteLength(token) > MAX_TOKEN_BYTES) refuse(`the token is larger than ${MAX_TOKEN_BYTES} bytes`);
    const remembered = this.verified.find(token, Date.now());
    if (remembered && (await this.stillSignedByCurrentKey(remembered))) return { ...remembered.principal };
    let unverified: JWTPayload;
    let kid: string | undefined;
    try {
      kid = decodeProtectedHeader(token).kid;
      unverified = decodeJwt(token);
    } catch {
      return refuse('the token is not a signed JWT');
    }
    if (!kid) refuse('the token names no key (kid)');
    const issuer = typeof unverified.iss === 'string' ? this.issuers.get(unverified.iss) : undefined;
    if (!issuer) return refuse('the token was not issued by a trusted issuer');
    let payload: JWTPayload;
    let lookup: Parameters<JWTVerifyGetKey> | undefined;
    let key: unknown;
    const keys: JWTVerifyGetKey = async (...asked) => {
      key = await issuer.keys(...asked);
      lookup = asked;
      return key as Awaited<ReturnType<JWTVerifyGetKey>>;
    };
    try {
      ({ payload } = await jwtVerify(token, keys, {
        algorithms: ACCEPTED_ALGORITHMS,
        issuer: issuer.trusted.issuer,
        audience: this.config.audience,
        clockTolerance: this.config.clockSkewSeconds,
        requiredClaims: REQUIRED_CLAIMS,
        maxTokenAge: this.config.maxTokenLifetimeSeconds + this.config.clockSkewSeconds,
      }));
    } catch (error) {
      return refuse(reasonOf(error));
    }
    if (!isTokenId(payload.jti)) {
      refuse(`the jti claim is not valid (a string of 1 to ${MAX_TOKEN_ID_LENGTH} characters)`);
    }
    const now = Math.floor(Date.now() / 1000);
    if (payload.iat! > now + this.config.clockSkewSeconds) refuse('the token was issued in the future');
    if (payload.exp! - payload.iat! > this.config.maxTokenLifetimeSeconds) {
      refuse(`the token lives longer than ${this.config.maxTokenLifetimeSeconds} seconds`);
    }
    try {
      const { kinds } = issuer.trusted;
      // A staff directory names its people's duties as roles, not our `kind` claim: from an
      // issuer trusted for staff alone, the roles say the kind (and a steward's registry).
      const claims =
        payload.kind === undefined && trustsStaffOnly(kinds)
          ? { ...payload, ...claimsFromStaffRoles(payload) }
          : payload;
      // Only an issuer trusted for citizens alone implies a kind: any wider trust needs the claim.
      const principal = principalFromClaims(
        claims,
        kinds.length === 1 && kinds[0] === 'citizen' ? 'citizen' : undefined,
      );
      if (!issuer.trusted.kinds.includes(principal.kind)) {
        refuse(`${issuer.trusted.issuer} may not vouch for a caller of kind ${principal.kind}`);
      }
      if (principal.kind === 'agency') Object.freeze(principal.scopes);
      const entry = { principal, notAfter: payload.exp! * 1000, keys: issuer.keys, lookup: lookup!, key };
      this.verified.remember(token, entry, Date.now());
      return { ...principal };
    } catch (error) {
      if (error instanceof ClaimsError) refuse(error.message);
      throw error;
    }
  }

  /**
   * Whether the issuer's key set, asked as it was when the signature was checked, still gives
   * the same key. jose's remote set gives the same key object until it fetches the set again;
   * any other answer (another key, none, no key set) forgets every token, and this one is
   * verified afresh, with the errors that brings.
   */
  private async stillSignedByCurrentKey(entry: VerifiedToken): Promise<boolean> {
    let key: unknown;
    try {
      key = await entry.keys(...entry.lookup);
    } catch {
      key = undefined;
    }
    if (key === entry.key) return true;
    this.verified.clear();
    return false;
  }
}

function refuse(reason: string): never {
  throw new UnauthenticatedError(`Invalid bearer token: ${reason}`);
}

/** A reason safe to tell the caller; key-set outages are ours, not theirs (503, not 401). */
function reasonOf(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the token has expired';
  if (error instanceof errors.JWTClaimValidationFailed)
    return `the ${error.claim} claim is not valid (${error.reason})`;
  if (error instanceof errors.JOSEAlgNotAllowed) return 'the signature algorithm is not accepted';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'the signature does not verify';
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) {
    return 'no key of the issuer matches the token';
  }
  if (error instanceof errors.JWKSTimeout || error instanceof TypeError || error instanceof errors.JWKSInvalid) {
    throw new KeySetUnavailableError();
  }
  if (error instanceof errors.JOSEError && error.code === 'ERR_JOSE_GENERIC') throw new KeySetUnavailableError();
  if (error instanceof errors.JOSEError) return 'the token is malformed';
  throw error;
}

function remoteKeySet(trusted: TrustedIssuer, config: TokenConfig): JWTVerifyGetKey {
  const cacheMaxAge = config.jwksCacheSeconds * 1000;
  return createRemoteJWKSet(new URL(trusted.jwksUrl), {
    cacheMaxAge,
    // An unknown kid fetches the set again, but not more often than this: a flood of forged
    // kids must not become a flood of requests to the issuer.
    cooldownDuration: Math.min(cacheMaxAge, 5000),
    timeoutDuration: 5000,
  });
}
