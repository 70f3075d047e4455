import { Logger } from '@nestjs/common';
import type { Session, SessionData } from '@fastify/secure-session';
import type { WebConfig } from '@app/config';
import type { OidcSignIn } from '../sign-in/oidc-sign-in';
import { SessionExpiredError, SessionRequiredError } from '../web.errors';
import type { SessionTokens } from './portal-session';

const logger = new Logger('Sessions');

/** An access token this close to its expiry is renewed before it is forwarded. */
export const REFRESH_MARGIN_MS = 60_000;
/** lastSeenAt is rewritten (and the cookie sent again) at most this often. */
const TOUCH_EVERY_MS = 30_000;

/** The cookie's slots that hold a signed-in session: the citizen's and the staff member's. */
export type SessionSlot = 'portal' | 'staff';

/**
 * One kind of signed-in session in its slot of the cookie: made at sign-in, bounded by a
 * lifetime and an idle timeout, its access token renewed near expiry (refresh token, or a new
 * demo token), ended when renewal fails. One place decides whether a session still stands;
 * the citizen's and the staff member's differ only in what they hold and how they renew.
 */
export abstract class TokenSessions<K extends SessionSlot> {
  // One renewal per refresh token at a time: providers rotate refresh tokens, and a second
  // concurrent use of the old one would end the session.
  private readonly renewing = new Map<string, Promise<SessionTokens>>();

  protected constructor(
    private readonly slot: K,
    protected readonly config: WebConfig,
    protected readonly oidc: OidcSignIn | null,
  ) {}

  /** New tokens for a session near its token's expiry; throws when it cannot renew. */
  protected abstract renewDemo(current: SessionData[K]): SessionTokens;
  protected abstract refreshWithProvider(refreshToken: string, current: SessionData[K]): Promise<SessionTokens>;

  /**
   * A fresh session (nothing of a previous one in this slot kept: no session fixation). The
   * other slot stays: a citizen who is also staff keeps the portal while signing in to the console.
   */
  protected start(session: Session, fields: Omit<SessionData[K], 'signedInAt' | 'lastSeenAt'>): SessionData[K] {
    session.regenerate(this.otherSlots());
    const now = Date.now();
    const signedIn = { ...fields, signedInAt: now, lastSeenAt: now } as SessionData[K];
    session.set(this.slot, signedIn);
    return signedIn;
  }

  /** The session that still stands, or null (ending one that does not). */
  current(session: Session): SessionData[K] | null {
    const current = session.get(this.slot);
    if (!current) return null;
    const now = Date.now();
    if (now >= this.endsAt(current) || now - current.lastSeenAt >= this.config.sessionIdleSeconds * 1000) {
      this.end(session);
      return null;
    }
    return current;
  }

  /** When the session ends at the latest (its lifetime from sign-in). */
  endsAt(current: SessionData[K]): number {
    return current.signedInAt + this.config.sessionMaxAgeSeconds * 1000;
  }

  /** Ends this slot's session and nothing else of the cookie. */
  end(session: Session): void {
    session.set(this.slot, undefined);
  }

  /**
   * The access token to forward for this request, renewed when near expiry. SESSION_REQUIRED
   * with no session; SESSION_EXPIRED (and the session ended) when it has run out or cannot renew.
   */
  async accessToken(session: Session): Promise<string> {
    const hadSession = session.get(this.slot) !== undefined;
    let current = this.current(session);
    if (!current) throw hadSession ? new SessionExpiredError() : new SessionRequiredError();
    const now = Date.now();
    if (current.accessTokenExpiresAt - now < REFRESH_MARGIN_MS) {
      try {
        const { accessToken, accessTokenExpiresAt, refreshToken, idToken } = await this.renew(current);
        current = { ...current, accessToken, accessTokenExpiresAt, refreshToken, idToken };
      } catch (error) {
        logger.log(
          `${this.slot} session ended: its tokens could not be renewed (${error instanceof Error ? error.message : String(error)})`,
        );
        this.end(session);
        throw new SessionExpiredError();
      }
      current.lastSeenAt = now;
      session.set(this.slot, current);
    } else if (now - current.lastSeenAt >= TOUCH_EVERY_MS) {
      session.set(this.slot, { ...current, lastSeenAt: now });
    }
    return current.accessToken;
  }

  /** Ends the session; the provider's sign-out URL (back to `returnTo`) when there is one to visit. */
  protected async finish(session: Session, returnTo: string): Promise<string | null> {
    const current = session.get(this.slot);
    this.end(session);
    if (!current || current.demo || !this.oidc) return null;
    if (current.refreshToken) await this.oidc.revoke(current.refreshToken);
    return this.oidc.endSessionUrl(current.idToken, returnTo);
  }

  private renew(current: SessionData[K]): Promise<SessionTokens> {
    if (current.demo) return Promise.resolve().then(() => this.renewDemo(current));
    if (!current.refreshToken || !this.oidc) return Promise.reject(new Error('no refresh token'));
    const refreshToken = current.refreshToken;
    let renewal = this.renewing.get(refreshToken);
    if (!renewal) {
      renewal = this.refreshWithProvider(refreshToken, current);
      this.renewing.set(refreshToken, renewal);
      void renewal.catch(() => undefined).finally(() => this.renewing.delete(refreshToken));
    }
    return renewal;
  }

  private otherSlots(): string[] {
    return (['portal', 'staff'] as const).filter((slot) => slot !== this.slot);
  }
}
