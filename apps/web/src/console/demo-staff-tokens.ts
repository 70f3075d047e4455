import { DevTokenIssuer, type PrincipalClaims } from '@app/auth';
import type { TokenConfig } from '@app/config';
import { DEMO_STAFF } from '@app/demo-data';
import type { SessionTokens, StaffMember } from '../session/portal-session';
import { DEMO_TOKEN_TTL_SECONDS } from '../sign-in/demo-citizen-tokens';

/**
 * The console's development sign-in "provider": the development issuer minting a staff token
 * for one of DEMO_STAFF, as `npm run token -- steward` does. Exists only where the development
 * issuer does (never in production); the gateway and subgraphs judge the token as any other.
 */
export class DemoStaffTokens {
  private constructor(private readonly issuer: DevTokenIssuer) {}

  static fromConfig(tokens: TokenConfig): DemoStaffTokens {
    return new DemoStaffTokens(DevTokenIssuer.fromConfig(tokens));
  }

  /** The demo staff members, as the sign-in page lists them. */
  list(): StaffMember[] {
    return DEMO_STAFF.map((member) => ({ ...member }));
  }

  /** The demo staff member with this id, or null. */
  find(id: string): StaffMember | null {
    return this.list().find((member) => member.id === id) ?? null;
  }

  mint(staff: StaffMember): SessionTokens {
    const claims = (
      staff.kind === 'steward'
        ? { kind: 'steward', sub: staff.id, registry: staff.registry ?? 'population' }
        : { kind: staff.kind, sub: staff.id }
    ) as PrincipalClaims;
    return {
      accessToken: this.issuer.mint(claims, DEMO_TOKEN_TTL_SECONDS),
      accessTokenExpiresAt: Date.now() + DEMO_TOKEN_TTL_SECONDS * 1000,
      refreshToken: null,
      idToken: null,
    };
  }
}
