import { ForbiddenError, type Principal } from '@app/auth';
import type { SubjectKind } from './data-categories';

const REGISTRY_OF_KIND: Record<SubjectKind, string> = { citizen: 'population', enterprise: 'business' };

/**
 * Refuses outright a lookup of subjects the caller may never read, before anything is
 * fetched: a citizen asking about someone else, a steward about the other registry,
 * an administrator about anyone. Agencies pass: the policy decides their fields one by one.
 */
export function assertMayLookUp(principal: Principal, kind: SubjectKind, ids: readonly string[]): void {
  switch (principal.kind) {
    case 'agency':
      return;
    case 'citizen':
      if (kind === 'citizen' && ids.every((id) => id === principal.personalIdNumber)) return;
      throw new ForbiddenError('A citizen may look up only their own record', { reason: 'NOT_YOUR_RECORD' });
    case 'steward':
      if (REGISTRY_OF_KIND[kind] === principal.registry) return;
      throw new ForbiddenError(`Stewards of the ${principal.registry} registry do not look up ${kind} records`, {
        reason: 'OTHER_REGISTRY',
      });
    default:
      throw new ForbiddenError('Administrators and auditors do not read registry data', { reason: 'NO_DATA_ACCESS' });
  }
}
