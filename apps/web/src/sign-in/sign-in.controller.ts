import { Controller, Inject } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { Sessions } from '../session/sessions';
import { OidcSignIn, type ProviderTokens } from './oidc-sign-in';
import { ProviderSignInFlow } from './provider-sign-in-flow';
import { ProviderSignInRoutes } from './provider-sign-in.routes';

/**
 * Sign-in through the citizens' identity provider (mounted only when one is configured): the
 * browser is sent there and comes back to the callback, which makes the session and returns
 * it to the page it came from (ProviderSignInFlow).
 */
@Controller('auth')
export class SignInController extends ProviderSignInRoutes {
  constructor(
    oidc: OidcSignIn,
    private readonly sessions: Sessions,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super(
      new ProviderSignInFlow(oidc, { pendingSlot: 'pending', home: '/', callbackUrl: config.web.oidc!.redirectUrl }),
    );
  }

  protected signInWith(request: FastifyRequest, tokens: ProviderTokens): void {
    this.sessions.signIn(request.session, tokens, false);
  }
}
