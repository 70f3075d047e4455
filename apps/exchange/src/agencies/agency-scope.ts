import type { Principal } from '@app/auth';
import { requireAccess } from '@app/access';

/**
 * The agency whose records a caller may list: an agency's own only (asking for another's is
 * refused, not answered with an empty list); operators any agency, or all (null). The core's
 * decision (`decide`, agencyRows) says who may; this only fills in the agency left unsaid.
 */
export function agencyScopeOf(principal: Principal, requested: string | null | undefined): string | null {
  const scope = principal.kind === 'agency' ? (requested ?? principal.agencyCode) : (requested ?? null);
  if (scope !== null) requireAccess(principal, { about: 'agencyRows', agencyCode: scope });
  return scope;
}

/** Refuses a caller a record of an agency not its own (operators see every agency's). */
export function checkOwnAgency(principal: Principal, agencyCode: string): void {
  requireAccess(principal, { about: 'agencyRows', agencyCode });
}
