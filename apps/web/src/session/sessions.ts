import type { Session } from '@fastify/secure-session';
import type { WebConfig } from '@app/config';
import type { DemoCitizenTokens } from '../sign-in/demo-citizen-tokens';
import type { OidcSignIn, ProviderTokens } from '../sign-in/oidc-sign-in';
import type { PortalSession, SessionTokens } from './portal-session';
import { TokenSessions } from './token-sessions';

export { REFRESH_MARGIN_MS } from './token-sessions';

/** The citizen's session (the portal's slot of the cookie), renewed by the citizens' provider or the demo issuer. */
export class Sessions extends TokenSessions<'portal'> {
  constructor(
    config: WebConfig,
    oidc: OidcSignIn | null,
    private readonly demo: DemoCitizenTokens | null,
  ) {
    super('portal', config, oidc);
  }

  /** A fresh citizen's session for `tokens`. */
  signIn(session: Session, tokens: ProviderTokens, demo: boolean): PortalSession {
    const { subject, accessToken, accessTokenExpiresAt, refreshToken, idToken } = tokens;
    return this.start(session, {
      personalIdNumber: subject,
      accessToken,
      accessTokenExpiresAt,
      refreshToken,
      idToken,
      demo,
    });
  }

  /** Ends the session; the provider's sign-out URL when there is one to visit. */
  signOut(session: Session): Promise<string | null> {
    return this.finish(session, `${this.config.publicUrl}/`);
  }

  protected renewDemo(portal: PortalSession): SessionTokens {
    if (!this.demo) throw new Error('demo sign-in is off');
    return this.demo.mint(portal.personalIdNumber);
  }

  protected refreshWithProvider(refreshToken: string, portal: PortalSession): Promise<SessionTokens> {
    return this.oidc!.refresh(refreshToken, portal.personalIdNumber);
  }
}
