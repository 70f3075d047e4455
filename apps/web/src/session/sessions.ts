import { Logger } from '@nestjs/common';
import type { Session } from '@fastify/secure-session';
import type { WebConfig } from '@app/config';
import type { DemoCitizenTokens } from '../sign-in/demo-citizen-tokens';
import type { OidcSignIn, ProviderTokens } from '../sign-in/oidc-sign-in';
import { SessionExpiredError, SessionRequiredError } from '../web.errors';
import type { PortalSession } from './portal-session';

const logger = new Logger('Sessions');

/** An access token this close to its expiry is renewed before it is forwarded. */
export const REFRESH_MARGIN_MS = 60_000;
/** lastSeenAt is rewritten (and the cookie sent again) at most this often. */
const TOUCH_EVERY_MS = 30_000;

/**
 * The citizen's session in its cookie: made at sign-in, bounded by a lifetime and an idle
 * timeout, its access token renewed near expiry (refresh token, or a new demo token), ended
 * when renewal fails. One place decides whether a session still stands.
 */
export class Sessions {
  // One renewal per refresh token at a time: providers rotate refresh tokens, and a second
  // concurrent use of the old one would end the session.
  private readonly renewing = new Map<string, Promise<ProviderTokens>>();

  constructor(
    private readonly config: WebConfig,
    private readonly oidc: OidcSignIn | null,
    private readonly demo: DemoCitizenTokens | null,
  ) {}

  /** A fresh session for `tokens` (nothing of a previous one kept: no session fixation). */
  signIn(session: Session, tokens: ProviderTokens, demo: boolean): PortalSession {
    session.regenerate();
    const now = Date.now();
    const portal: PortalSession = { ...tokens, demo, signedInAt: now, lastSeenAt: now };
    session.set('portal', portal);
    return portal;
  }

  /** The session that still stands, or null (ending one that does not). */
  current(session: Session): PortalSession | null {
    const portal = session.get('portal');
    if (!portal) return null;
    const now = Date.now();
    if (now >= this.endsAt(portal) || now - portal.lastSeenAt >= this.config.sessionIdleSeconds * 1000) {
      session.delete();
      return null;
    }
    return portal;
  }

  /** When the session ends at the latest (its lifetime from sign-in). */
  endsAt(portal: PortalSession): number {
    return portal.signedInAt + this.config.sessionMaxAgeSeconds * 1000;
  }

  /**
   * The access token to forward for this request, renewed when near expiry. SESSION_REQUIRED
   * with no session; SESSION_EXPIRED (and the session ended) when it has run out or cannot renew.
   */
  async accessToken(session: Session): Promise<string> {
    const hadSession = session.get('portal') !== undefined;
    let portal = this.current(session);
    if (!portal) throw hadSession ? new SessionExpiredError() : new SessionRequiredError();
    const now = Date.now();
    if (portal.accessTokenExpiresAt - now < REFRESH_MARGIN_MS) {
      try {
        const tokens = await this.renew(portal);
        portal = { ...portal, ...tokens, personalIdNumber: portal.personalIdNumber };
      } catch (error) {
        logger.log(
          `session ended: its tokens could not be renewed (${error instanceof Error ? error.message : String(error)})`,
        );
        session.delete();
        throw new SessionExpiredError();
      }
      portal.lastSeenAt = now;
      session.set('portal', portal);
    } else if (now - portal.lastSeenAt >= TOUCH_EVERY_MS) {
      session.set('portal', { ...portal, lastSeenAt: now });
    }
    return portal.accessToken;
  }

  /** Ends the session; the provider's sign-out URL when there is one to visit. */
  async signOut(session: Session): Promise<string | null> {
    const portal = session.get('portal');
    session.delete();
    if (!portal || portal.demo || !this.oidc) return null;
    if (portal.refreshToken) await this.oidc.revoke(portal.refreshToken);
    return this.oidc.endSessionUrl(portal.idToken, `${this.config.publicUrl}/`);
  }

  private async renew(portal: PortalSession): Promise<ProviderTokens> {
    if (portal.demo) {
      if (!this.demo) throw new Error('demo sign-in is off');
      return this.demo.mint(portal.personalIdNumber);
    }
    if (!portal.refreshToken || !this.oidc) throw new Error('no refresh token');
    const refreshToken = portal.refreshToken;
    let renewal = this.renewing.get(refreshToken);
    if (!renewal) {
      renewal = this.oidc.refresh(refreshToken, portal.personalIdNumber);
      this.renewing.set(refreshToken, renewal);
      void renewal.catch(() => undefined).finally(() => this.renewing.delete(refreshToken));
    }
    return renewal;
  }
}
