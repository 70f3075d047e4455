import type { Session } from '@fastify/secure-session';
import type { WebConfig } from '@app/config';
import type { SessionTokens, StaffMember, StaffSession } from '../session/portal-session';
import { TokenSessions } from '../session/token-sessions';
import type { OidcSignIn } from '../sign-in/oidc-sign-in';
import type { DemoStaffTokens } from './demo-staff-tokens';

/**
 * The staff member's console session: the same cookie, bounds and renewal as the citizen's
 * (TokenSessions), in its own slot, so signing in or out of one never touches the other.
 */
export class StaffSessions extends TokenSessions<'staff'> {
  constructor(
    config: WebConfig,
    oidc: OidcSignIn | null,
    private readonly demo: DemoStaffTokens | null,
  ) {
    super('staff', config, oidc);
  }

  signIn(session: Session, staff: StaffMember, tokens: SessionTokens, demo: boolean): StaffSession {
    return this.start(session, { ...tokens, staff, demo });
  }

  signOut(session: Session): Promise<string | null> {
    return this.finish(session, `${this.config.publicUrl}/console`);
  }

  protected renewDemo(current: StaffSession): SessionTokens {
    if (!this.demo) throw new Error('the demo staff sign-in is off');
    return this.demo.mint(current.staff);
  }

  protected refreshWithProvider(): Promise<SessionTokens> {
    // No staff identity provider is wired yet (issue 12's note): a provider session cannot exist.
    return Promise.reject(new Error('no staff identity provider is configured'));
  }
}
