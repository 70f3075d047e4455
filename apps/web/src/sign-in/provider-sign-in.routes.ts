import { Get, Header, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ProviderTokens } from './oidc-sign-in';
import type { ProviderSignInFlow } from './provider-sign-in-flow';

/**
 * The two routes of a provider sign-in, `sign-in` and `callback`, under the controller's path
 * (`/auth` for citizens, `/console/auth` for staff): each subclass says only which flow it
 * runs and what session a completed sign-in makes.
 */
export abstract class ProviderSignInRoutes {
  protected constructor(private readonly flow: ProviderSignInFlow) {}

  /** Makes the session for the provider's tokens; throws a DomainError to refuse it. */
  protected abstract signInWith(request: FastifyRequest, tokens: ProviderTokens): void;

  @Get('sign-in')
  @Header('Cache-Control', 'no-store')
  signIn(@Req() request: FastifyRequest, @Res() reply: FastifyReply, @Query('returnTo') returnTo: unknown) {
    return this.flow.start(request, reply, returnTo);
  }

  @Get('callback')
  @Header('Cache-Control', 'no-store')
  callback(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    return this.flow.finish(request, reply, (tokens) => this.signInWith(request, tokens));
  }
}
