import { decodeJwt, decodeProtectedHeader, errors, importJWK, jwtVerify, type JWK, type JWTPayload } from 'jose';
import { algorithmsForKey, isTokenId, MAX_TOKEN_BYTES, MAX_TOKEN_ID_LENGTH } from '@app/auth';
import { CLIENT_ID_PATTERN } from '@app/access';
import { KID_PATTERN } from '../agency-systems/public-key';
import { OAuthError } from './oauth.errors';

export const JWT_BEARER_ASSERTION = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
/** An assertion is a one-off proof: it may live five minutes at most. */
export const MAX_ASSERTION_LIFETIME_SECONDS = 300;

/**
 * What an assertion claims before its signature is checked: whose key to check it with. A
 * client id or kid that no system could have is an unknown client, told as such before any
 * look-up (a NUL, say, would otherwise reach PostgreSQL).
 */
export function assertionClaimsUnverified(assertion: string): { clientId: string; kid: string } {
  if (Buffer.byteLength(assertion) > MAX_TOKEN_BYTES) throw new OAuthError('invalid_client', 'assertion too large');
  let payload: JWTPayload;
  let kid: unknown;
  try {
    kid = decodeProtectedHeader(assertion).kid;
    payload = decodeJwt(assertion);
  } catch {
    throw new OAuthError('invalid_client', 'client_assertion is not a signed JWT');
  }
  if (typeof payload.iss !== 'string' || payload.iss !== payload.sub) {
    throw new OAuthError('invalid_client', 'the assertion must have iss and sub both equal to the client id');
  }
  if (!kid) throw new OAuthError('invalid_client', 'the assertion must name its key (kid)');
  if (!CLIENT_ID_PATTERN.test(payload.iss) || typeof kid !== 'string' || !KID_PATTERN.test(kid)) {
    throw new OAuthError('invalid_client', 'unknown client or key, or the key is revoked');
  }
  return { clientId: payload.iss, kid };
}

/**
 * RFC 7523 §3 checks of a client assertion against the client's registered public key: an
 * algorithm the key's type allows (an Ed25519 key signs as `EdDSA` or `Ed25519`), iss = sub =
 * client, aud = this registry (by name, issuer URL or token endpoint URL), a short life, a jti.
 */
export async function verifyAssertion(
  assertion: string,
  clientId: string,
  jwk: JWK,
  audiences: string[],
  clockSkewSeconds: number,
): Promise<{ jti: string; expiresAt: Date }> {
  const algorithms = algorithmsForKey(jwk);
  if (algorithms.length === 0) throw new OAuthError('invalid_client', 'the registered key cannot verify signatures');
  try {
    const key = await importJWK(jwk, algorithms[0]);
    const { payload } = await jwtVerify(assertion, key, {
      algorithms,
      issuer: clientId,
      subject: clientId,
      audience: audiences,
      clockTolerance: clockSkewSeconds,
      maxTokenAge: MAX_ASSERTION_LIFETIME_SECONDS + clockSkewSeconds,
      requiredClaims: ['iss', 'sub', 'aud', 'exp', 'iat', 'jti'],
    });
    if (payload.exp! - payload.iat! > MAX_ASSERTION_LIFETIME_SECONDS) {
      throw new OAuthError('invalid_client', `the assertion may live ${MAX_ASSERTION_LIFETIME_SECONDS} s at most`);
    }
    if (!isTokenId(payload.jti)) {
      throw new OAuthError('invalid_client', `jti must be text of 1 to ${MAX_TOKEN_ID_LENGTH} characters`);
    }
    return { jti: payload.jti, expiresAt: new Date(payload.exp! * 1000) };
  } catch (error) {
    if (error instanceof OAuthError) throw error;
    if (error instanceof errors.JOSEError) {
      throw new OAuthError('invalid_client', `the client assertion does not verify (${error.code})`);
    }
    throw error;
  }
}
