import { randomUUID, sign } from 'node:crypto';
import type { SigningKey } from '../keys/signing-key';

/**
 * Signs a compact JWS over `claims` (RFC 7515/7519) with `key`. Synchronous, so that tools and
 * tests can mint tokens without ceremony; verification is jose's (TokenVerifier).
 */
export function signJwt(key: SigningKey, claims: Record<string, unknown>, typ = 'JWT'): string {
  const header = { alg: key.alg, kid: key.kid, typ };
  const input = `${base64url(header)}.${base64url(claims)}`;
  // ES256 in JWS is the raw r||s pair (ieee-p1363), not DER.
  const signature = sign(key.alg === 'EdDSA' ? null : 'sha256', Buffer.from(input), {
    key: key.privateKey,
    dsaEncoding: 'ieee-p1363',
  });
  return `${input}.${signature.toString('base64url')}`;
}

/** The registered claims every token carries: issuer, audience, subject, times, a unique id. */
export function registeredClaims(
  issuer: string,
  audience: string,
  subject: string,
  ttlSeconds: number,
  now = Date.now(),
): Record<string, unknown> {
  const iat = Math.floor(now / 1000);
  return { iss: issuer, aud: audience, sub: subject, iat, exp: iat + ttlSeconds, jti: randomUUID() };
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}
