import type { TokenConfig } from '@app/config';
import { loadSigningKeys, type PublicJwk, type SigningKey } from '../keys/signing-key';
import type { PrincipalClaims } from './principal-claims';
import { registeredClaims, signJwt } from './sign-jwt';

/**
 * The development issuer: mints tokens of any kind (`npm run token`, the tests), with a key
 * kept in the data folder. It exists only outside production, where loadConfig leaves
 * `devIssuer` null and no app trusts it.
 */
export class DevTokenIssuer {
  private constructor(
    private readonly key: SigningKey,
    readonly issuer: string,
    readonly audience: string,
  ) {}

  static fromConfig(tokens: TokenConfig): DevTokenIssuer {
    if (!tokens.devIssuer) throw new Error('there is no development issuer in production');
    const [key] = loadSigningKeys(tokens.devIssuer.keyFile, { create: true });
    return new DevTokenIssuer(key, tokens.devIssuer.issuer, tokens.audience);
  }

  /** A signed token for the caller `claims` describe, valid for `ttlSeconds`. */
  mint(claims: PrincipalClaims, ttlSeconds = 3600, extra: Record<string, unknown> = {}): string {
    return signJwt(this.key, {
      ...registeredClaims(this.issuer, this.audience, claims.sub, ttlSeconds),
      ...claims,
      ...extra,
    });
  }

  /** The issuer's public key set, as the exchange publishes it at /.well-known/dev-jwks.json. */
  jwks(): { keys: PublicJwk[] } {
    return { keys: [this.key.publicJwk] };
  }
}
