import { Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '@app/errors';
import type { OidcSignIn, ProviderTokens } from './oidc-sign-in';
import { safeReturnTo } from './return-to';

const logger = new Logger('SignIn');

/** Where one sign-in keeps its pending state and where it lands: the portal's, or the console's. */
export interface SignInPlace {
  pendingSlot: 'pending' | 'staffPending';
  /** The front page a failed sign-in returns to, with `signInError=<code>`. */
  home: '/' | '/console';
  callbackUrl: string;
}

/**
 * The authorization-code sign-in's two legs, as the portal and the console both run them: the
 * browser is sent to the provider with a pending sign-in kept in the cookie; the callback uses
 * that pending sign-in once, exchanges the code and makes the session. A leg that cannot go on
 * (the provider down, a callback that does not hold) returns to the front page with
 * `signInError=<code>` and no session.
 */
export class ProviderSignInFlow {
  constructor(
    private readonly oidc: OidcSignIn,
    private readonly place: SignInPlace,
  ) {}

  async start(request: FastifyRequest, reply: FastifyReply, returnTo: unknown): Promise<void> {
    let started: Awaited<ReturnType<OidcSignIn['start']>>;
    try {
      started = await this.oidc.start(this.returnTo(returnTo));
    } catch (error) {
      // A page visit, not a fetch: the page says what happened (IDENTITY_PROVIDER_UNAVAILABLE).
      if (!(error instanceof DomainError)) throw error;
      void reply.redirect(this.failurePage(error.code), 302);
      return;
    }
    request.session.set(this.place.pendingSlot, started.pending);
    void reply.redirect(started.url.toString(), 302);
  }

  async finish(request: FastifyRequest, reply: FastifyReply, signIn: (tokens: ProviderTokens) => void): Promise<void> {
    const pending = request.session.get(this.place.pendingSlot);
    // Used once, whatever the outcome.
    request.session.set(this.place.pendingSlot, undefined);
    const callbackUrl = new URL(request.url, this.place.callbackUrl);
    try {
      signIn(await this.oidc.finish(callbackUrl, pending));
      void reply.redirect(this.returnTo(pending?.returnTo), 302);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      logger.log(`sign-in refused: ${error.code} ${error.message}`);
      void reply.redirect(this.failurePage(error.code), 302);
    }
  }

  /** A path of this web app; the console's sign-in returns only to console pages. */
  private returnTo(value: unknown): string {
    const path = safeReturnTo(value);
    if (this.place.home === '/console' && !(path === '/console' || path.startsWith('/console/'))) return '/console';
    return path;
  }

  private failurePage(code: string): string {
    return `${this.place.home}?signInError=${encodeURIComponent(code)}`;
  }
}
