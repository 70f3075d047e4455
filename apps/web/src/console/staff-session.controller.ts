import { Body, Controller, Get, Header, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { GatewayClient } from '../proxy/gateway-client';
import type { StaffMember } from '../session/portal-session';
import { SessionExpiredError, SessionRequiredError } from '../web.errors';
import { StaffSessions } from './staff-sessions';

export type StaffSessionState =
  | { signedIn: false; signIn: { demo: boolean; identityProvider: boolean } }
  | { signedIn: true; staff: StaffMember; demo: boolean; expiresAt: string };

/**
 * The console's session as its pages see it (who is signed in, never a token), signing out,
 * and the console's GraphQL: forwarded to the gateway with the staff member's token, which
 * the subgraphs judge; the console adds no authority of its own.
 */
@Controller('console')
export class StaffSessionController {
  constructor(
    private readonly sessions: StaffSessions,
    private readonly gateway: GatewayClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('api/session')
  @Header('Cache-Control', 'no-store')
  async state(@Req() request: FastifyRequest): Promise<StaffSessionState> {
    try {
      // Renews the access token when due, so "signed in" means the next request will pass.
      await this.sessions.accessToken(request.session);
    } catch (error) {
      if (!(error instanceof SessionExpiredError || error instanceof SessionRequiredError)) throw error;
    }
    const current = this.sessions.current(request.session);
    if (!current) {
      return {
        signedIn: false,
        signIn: { demo: this.config.web.staffDemoSignIn, identityProvider: this.config.web.staffOidc !== null },
      };
    }
    return {
      signedIn: true,
      staff: current.staff,
      demo: current.demo,
      expiresAt: new Date(this.sessions.endsAt(current)).toISOString(),
    };
  }

  @Post('api/sign-out')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  async signOut(@Req() request: FastifyRequest): Promise<{ endSessionUrl: string | null }> {
    return { endSessionUrl: await this.sessions.signOut(request.session) };
  }

  @Post('graphql')
  @HttpCode(200)
  graphql(@Req() request: FastifyRequest, @Res() reply: FastifyReply, @Body() body: unknown): Promise<void> {
    return this.gateway.forwardGraphql(this.sessions, request.session, body, reply);
  }
}
