import { Controller, Get, Header, Inject, Logger, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { DomainError } from '@app/errors';
import { Sessions } from '../session/sessions';
import { OidcSignIn } from './oidc-sign-in';
import { safeReturnTo } from './return-to';

const logger = new Logger('SignIn');

/**
 * Sign-in through the identity provider (mounted only when one is configured): the browser is
 * sent there and comes back to the callback, which makes the session and returns it to the
 * page it came from. A callback that does not hold returns to the portal's front page with
 * `signInError=<code>` and no session.
 */
@Controller('auth')
export class SignInController {
  constructor(
    private readonly oidc: OidcSignIn,
    private readonly sessions: Sessions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('sign-in')
  @Header('Cache-Control', 'no-store')
  async signIn(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('returnTo') returnTo: unknown,
  ): Promise<void> {
    const { url, pending } = await this.oidc.start(safeReturnTo(returnTo));
    request.session.set('pending', pending);
    void reply.redirect(url.toString(), 302);
  }

  @Get('callback')
  @Header('Cache-Control', 'no-store')
  async callback(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const pending = request.session.get('pending');
    // Used once, whatever the outcome.
    request.session.set('pending', undefined);
    const callbackUrl = new URL(request.url, this.config.web.oidc!.redirectUrl);
    try {
      const tokens = await this.oidc.finish(callbackUrl, pending);
      this.sessions.signIn(request.session, tokens, false);
      void reply.redirect(safeReturnTo(pending?.returnTo), 302);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      logger.log(`sign-in refused: ${error.code} ${error.message}`);
      void reply.redirect(`/?signInError=${encodeURIComponent(error.code)}`, 302);
    }
  }
}
