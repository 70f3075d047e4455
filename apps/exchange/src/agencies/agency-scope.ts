import { ForbiddenError, type Principal } from '@app/auth';

/**
 * The agency whose records a caller may list: an agency's own only (asking for another's is
 * refused, not answered with an empty list); operators any agency, or all (null).
 */
export function agencyScopeOf(principal: Principal, requested: string | null | undefined): string | null {
  if (principal.kind !== 'agency') return requested ?? null;
  if (requested && requested !== principal.agencyCode) refuseOtherAgency(principal.agencyCode, requested);
  return principal.agencyCode;
}

/** Refuses an agency caller a record of another agency. */
export function checkOwnAgency(principal: Principal, agencyCode: string): void {
  if (principal.kind === 'agency' && principal.agencyCode !== agencyCode) {
    refuseOtherAgency(principal.agencyCode, agencyCode);
  }
}

function refuseOtherAgency(callerAgency: string, requestedAgency: string): never {
  throw new ForbiddenError(`Agency ${callerAgency} may see its own agency's records only, not ${requestedAgency}'s`, {
    reason: 'OTHER_AGENCY',
    callerAgency,
    requestedAgency,
  });
}
