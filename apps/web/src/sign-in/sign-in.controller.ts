import { Controller, Get, Header, Inject, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { Sessions } from '../session/sessions';
import { OidcSignIn } from './oidc-sign-in';
import { ProviderSignInFlow } from './provider-sign-in-flow';

/**
 * Sign-in through the citizens' identity provider (mounted only when one is configured): the
 * browser is sent there and comes back to the callback, which makes the session and returns
 * it to the page it came from (ProviderSignInFlow).
 */
@Controller('auth')
export class SignInController {
  private readonly flow: ProviderSignInFlow;

  constructor(
    oidc: OidcSignIn,
    private readonly sessions: Sessions,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.flow = new ProviderSignInFlow(oidc, {
      pendingSlot: 'pending',
      home: '/',
      callbackUrl: config.web.oidc!.redirectUrl,
    });
  }

  @Get('sign-in')
  @Header('Cache-Control', 'no-store')
  signIn(@Req() request: FastifyRequest, @Res() reply: FastifyReply, @Query('returnTo') returnTo: unknown) {
    return this.flow.start(request, reply, returnTo);
  }

  @Get('callback')
  @Header('Cache-Control', 'no-store')
  callback(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    return this.flow.finish(request, reply, (tokens) => this.sessions.signIn(request.session, tokens, false));
  }
}
