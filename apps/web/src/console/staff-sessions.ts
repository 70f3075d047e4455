import type { Session } from '@fastify/secure-session';
import type { WebConfig } from '@app/config';
import type { SessionTokens, StaffMember, StaffSession } from '../session/portal-session';
import { TokenSessions } from '../session/token-sessions';
import type { OidcSignIn, SubjectRule } from '../sign-in/oidc-sign-in';
import type { DemoStaffTokens } from './demo-staff-tokens';

/** The staff identity provider's OidcSignIn, apart from the citizens' (an injection token). */
export const STAFF_OIDC = Symbol('STAFF_OIDC');

/** Staff: the directory's `sub` is the staff id the log and the history name (the tokens' rule). */
export const STAFF_SUBJECT: SubjectRule = {
  pattern: /^[A-Za-z0-9._:@-]{1,128}$/,
  refusal: 'tài khoản không mang mã cán bộ hợp lệ / the account names no valid staff id',
};

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

  protected refreshWithProvider(refreshToken: string, current: StaffSession): Promise<SessionTokens> {
    return this.oidc!.refresh(refreshToken, current.staff.id);
  }
}
