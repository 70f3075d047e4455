import { Controller, Inject } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { decodeJwt } from 'jose';
import { ClaimsError, claimsFromStaffRoles } from '@app/auth';
import { APP_CONFIG, type AppConfig } from '@app/config';
import type { StaffMember } from '../session/portal-session';
import type { OidcSignIn, ProviderTokens } from '../sign-in/oidc-sign-in';
import { ProviderSignInFlow } from '../sign-in/provider-sign-in-flow';
import { ProviderSignInRoutes } from '../sign-in/provider-sign-in.routes';
import { SignInFailedError } from '../web.errors';
import { STAFF_OIDC, StaffSessions } from './staff-sessions';

/**
 * The console's sign-in through the staff identity provider (mounted only when STAFF_OIDC_* is
 * set): the same flow as the citizens', its own pending sign-in and callback. Who signed in is
 * read from the access token's roles, as the gateway will read them; a token with no sochung
 * role (or two) makes no session: such a person has nothing to do in the console.
 */
@Controller('console/auth')
export class StaffSignInController extends ProviderSignInRoutes {
  constructor(
    @Inject(STAFF_OIDC) oidc: OidcSignIn,
    private readonly sessions: StaffSessions,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super(
      new ProviderSignInFlow(oidc, {
        pendingSlot: 'staffPending',
        home: '/console',
        callbackUrl: config.web.staffOidc!.redirectUrl,
      }),
    );
  }

  protected signInWith(request: FastifyRequest, tokens: ProviderTokens): void {
    this.sessions.signIn(request.session, staffMemberOf(tokens), tokens, false);
  }
}

/** The staff member the provider's tokens are for, by the one sochung role of the access token. */
export function staffMemberOf(tokens: ProviderTokens): StaffMember {
  let role: { kind: string; registry?: string };
  try {
    role = claimsFromStaffRoles(decodeJwt(tokens.accessToken));
  } catch (error) {
    if (error instanceof ClaimsError) throw new SignInFailedError(error.message);
    throw new SignInFailedError('the access token is not a JWT');
  }
  return {
    kind: role.kind as StaffMember['kind'],
    id: tokens.subject,
    registry: (role.registry as StaffMember['registry']) ?? null,
    name: tokens.name,
  };
}
