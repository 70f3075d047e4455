import type { JWTPayload } from 'jose';
import type { PrincipalKind } from '@app/config';
import { ClaimsError } from './principal-claims';

/** The claim a staff identity provider lists its roles in (Keycloak's and Entra ID's app roles map to it). */
export const STAFF_ROLES_CLAIM = 'roles';

/**
 * The provider's role names for sochung's kinds of staff. A provider role outside this list
 * means nothing here: a directory has many roles, and only these grant anything in sochung.
 */
export const STAFF_ROLES = {
  'sochung:steward:population': { kind: 'steward', registry: 'population' },
  'sochung:steward:business': { kind: 'steward', registry: 'business' },
  'sochung:admin': { kind: 'admin' },
  'sochung:auditor': { kind: 'auditor' },
} as const satisfies Record<string, { kind: PrincipalKind; registry?: string }>;

const STAFF_KINDS: readonly PrincipalKind[] = ['steward', 'admin', 'auditor'];

/** Whether an issuer is trusted for staff alone: then its tokens name their kind by role, not by a `kind` claim. */
export const trustsStaffOnly = (kinds: readonly PrincipalKind[]): boolean =>
  kinds.length > 0 && kinds.every((kind) => STAFF_KINDS.includes(kind));

/**
 * The `kind` (and a steward's `registry`) a staff provider's token means, from its roles. A
 * token must carry exactly one of sochung's roles: none names no caller, two are refused
 * rather than guessed between (one token, one kind, least privilege; a person with two duties
 * signs in for one of them).
 */
export function claimsFromStaffRoles(payload: JWTPayload): { kind: string; registry?: string } {
  const roles = payload[STAFF_ROLES_CLAIM];
  if (!Array.isArray(roles) || roles.some((role) => typeof role !== 'string')) {
    throw new ClaimsError(`the ${STAFF_ROLES_CLAIM} claim must be a list of role names`);
  }
  const ours = [...new Set(roles as string[])].filter((role) => Object.hasOwn(STAFF_ROLES, role));
  if (ours.length === 0) throw new ClaimsError('the token carries none of sochung’s staff roles');
  if (ours.length > 1)
    throw new ClaimsError(`the token carries more than one of sochung’s staff roles (${ours.join(', ')})`);
  return { ...STAFF_ROLES[ours[0] as keyof typeof STAFF_ROLES] };
}
