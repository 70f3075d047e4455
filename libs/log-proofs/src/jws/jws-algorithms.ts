import { errors, type JWTVerifyGetKey } from 'jose';

/**
 * Ed25519 signatures under both their names: the polymorphic `EdDSA` (RFC 8037) and the
 * fully-specified `Ed25519` (RFC 9864, which deprecates `EdDSA`; openid-client 6 signs with it).
 */
export const ED25519_ALGORITHMS = ['EdDSA', 'Ed25519'];
/** The only signature algorithms accepted: never `none`, never HMAC (a public key is no secret). */
export const ACCEPTED_ALGORITHMS = [...ED25519_ALGORITHMS, 'ES256'];

/** The algorithms a public key may verify: an Ed25519 key under either name, a P-256 key ES256. */
export function algorithmsForKey(jwk: { kty?: unknown; crv?: unknown }): string[] {
  if (jwk.kty === 'OKP' && jwk.crv === 'Ed25519') return ED25519_ALGORITHMS;
  if (jwk.kty === 'EC' && jwk.crv === 'P-256') return ['ES256'];
  return [];
}

/**
 * A key lookup that finds an Ed25519 key whichever of its two names the token's header and
 * the published JWK use: jose matches a JWK's `alg` to the header's exactly, and a key set
 * published as `EdDSA` would otherwise refuse every `Ed25519` signature made with its keys.
 */
export function acceptingEd25519Aliases(keys: JWTVerifyGetKey): JWTVerifyGetKey {
  return async (header, token) => {
    try {
      return await keys(header, token);
    } catch (error) {
      const alias = ED25519_ALGORITHMS.includes(header.alg) ? ED25519_ALGORITHMS.find((a) => a !== header.alg) : null;
      if (!alias || !(error instanceof errors.JWKSNoMatchingKey)) throw error;
      return keys({ ...header, alg: alias }, token);
    }
  };
}
