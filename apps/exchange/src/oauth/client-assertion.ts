import { decodeJwt, decodeProtectedHeader, errors, importJWK, jwtVerify, type JWK, type JWTPayload } from 'jose';
import { ACCEPTED_ALGORITHMS, MAX_TOKEN_BYTES } from '@app/auth';
import { OAuthError } from './oauth.errors';

export const JWT_BEARER_ASSERTION = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
/** An assertion is a one-off proof: it may live five minutes at most. */
export const MAX_ASSERTION_LIFETIME_SECONDS = 300;

/** What an assertion claims before its signature is checked: whose key to check it with. */
export function assertionClaimsUnverified(assertion: string): { clientId: string; kid: string } {
  if (Buffer.byteLength(assertion) > MAX_TOKEN_BYTES) throw new OAuthError('invalid_client', 'assertion too large');
  let payload: JWTPayload;
  let kid: string | undefined;
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
  return { clientId: payload.iss, kid };
}

/**
 * RFC 7523 §3 checks of a client assertion against the client's registered public key: a
 * pinned algorithm, iss = sub = client, aud = this registry, a short life, a jti.
 */
export async function verifyAssertion(
  assertion: string,
  clientId: string,
  jwk: JWK,
  audience: string,
  clockSkewSeconds: number,
): Promise<{ jti: string; expiresAt: Date }> {
  try {
    const alg = typeof jwk.alg === 'string' ? jwk.alg : jwk.crv === 'Ed25519' ? 'EdDSA' : 'ES256';
    const key = await importJWK(jwk, alg);
    const { payload } = await jwtVerify(assertion, key, {
      algorithms: ACCEPTED_ALGORITHMS.filter((accepted) => accepted === alg),
      issuer: clientId,
      subject: clientId,
      audience,
      clockTolerance: clockSkewSeconds,
      maxTokenAge: MAX_ASSERTION_LIFETIME_SECONDS + clockSkewSeconds,
      requiredClaims: ['iss', 'sub', 'aud', 'exp', 'iat', 'jti'],
    });
    if (payload.exp! - payload.iat! > MAX_ASSERTION_LIFETIME_SECONDS) {
      throw new OAuthError('invalid_client', `the assertion may live ${MAX_ASSERTION_LIFETIME_SECONDS} s at most`);
    }
    if (payload.jti!.length > 255) throw new OAuthError('invalid_client', 'jti is too long');
    return { jti: payload.jti!, expiresAt: new Date(payload.exp! * 1000) };
  } catch (error) {
    if (error instanceof OAuthError) throw error;
    if (error instanceof errors.JOSEError) {
      throw new OAuthError('invalid_client', `the client assertion does not verify (${error.code})`);
    }
    throw error;
  }
}
