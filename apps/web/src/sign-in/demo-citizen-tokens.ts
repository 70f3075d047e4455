import { DevTokenIssuer } from '@app/auth';
import type { TokenConfig } from '@app/config';
import type { ProviderTokens } from './oidc-sign-in';

/** Demo sessions' access tokens live this long, then are minted again (within the session's bounds). */
export const DEMO_TOKEN_TTL_SECONDS = 15 * 60;

/**
 * The demo sign-in's "identity provider": the development issuer, as `npm run token -- citizen`
 * uses it. Exists only where the development issuer does (never in production).
 */
export class DemoCitizenTokens {
  private constructor(private readonly issuer: DevTokenIssuer) {}

  static fromConfig(tokens: TokenConfig): DemoCitizenTokens {
    return new DemoCitizenTokens(DevTokenIssuer.fromConfig(tokens));
  }

  mint(personalIdNumber: string): ProviderTokens {
    return {
      subject: personalIdNumber,
      name: null,
      // Assurance level 2, what the national provider's everyday sign-in gives.
      accessToken: this.issuer.mint({ kind: 'citizen', sub: personalIdNumber, acr: '2' }, DEMO_TOKEN_TTL_SECONDS),
      accessTokenExpiresAt: Date.now() + DEMO_TOKEN_TTL_SECONDS * 1000,
      refreshToken: null,
      idToken: null,
    };
  }
}
