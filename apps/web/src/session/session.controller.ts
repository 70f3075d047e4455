import { Controller, Get, Header, HttpCode, Inject, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { SessionExpiredError, SessionRequiredError } from '../web.errors';
import { Sessions } from './sessions';

export type SessionState =
  | { signedIn: false; signIn: { demo: boolean; identityProvider: boolean } }
  | { signedIn: true; personalIdNumber: string; demo: boolean; expiresAt: string };

/** The session as the portal's pages see it: who is signed in (never a token), and signing out. */
@Controller('api')
export class SessionController {
  constructor(
    private readonly sessions: Sessions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('session')
  @Header('Cache-Control', 'no-store')
  async state(@Req() request: FastifyRequest): Promise<SessionState> {
    try {
      // Renews the access token when due, so "signed in" means the next request will pass.
      await this.sessions.accessToken(request.session);
    } catch (error) {
      if (!(error instanceof SessionExpiredError || error instanceof SessionRequiredError)) throw error;
    }
    const portal = this.sessions.current(request.session);
    if (!portal) {
      return {
        signedIn: false,
        signIn: { demo: this.config.web.demoSignIn, identityProvider: this.config.web.oidc !== null },
      };
    }
    return {
      signedIn: true,
      personalIdNumber: portal.personalIdNumber,
      demo: portal.demo,
      expiresAt: new Date(this.sessions.endsAt(portal)).toISOString(),
    };
  }

  @Post('sign-out')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  async signOut(@Req() request: FastifyRequest): Promise<{ endSessionUrl: string | null }> {
    return { endSessionUrl: await this.sessions.signOut(request.session) };
  }
}
