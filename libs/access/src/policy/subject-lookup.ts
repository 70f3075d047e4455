import type { AgencyPrincipal, Principal } from '@app/auth';
import { decideSubject } from '../decide';
import { DATA_CATEGORIES, REGISTRY_OF_KIND, type SubjectKind } from './data-categories';
import { deny, type AccessBasis, type Decision, type Subject } from './decision';

/** The categories a subject of `kind` has: those of the registry that holds it. */
export function categoriesOfKind(kind: SubjectKind): string[] {
  return DATA_CATEGORIES.filter((category) => category.registry === REGISTRY_OF_KIND[kind]).map(({ code }) => code);
}

/**
 * May the caller learn whether a subject is registered, and its key? Allowed by the first
 * category of the subject's registry the caller may read (the one its record cites), or
 * refused with a reason that depends only on the caller, never on the subject.
 */
export type LookupDecision =
  { allowed: true; basis: AccessBasis; category: string } | Extract<Decision, { allowed: false }>;

/** What deciding a lookup needs of the request. */
export interface LookupSources {
  principal: Principal | null;
  /** The request's own per-(subject, category) decision: a lookup is decided by the same rule as a field. */
  decide: (subject: Subject, category: string) => Decision | Promise<Decision>;
}

/**
 * Asking whether a subject exists is a read: the caller needs a basis for some category of
 * that subject. Stewards, the citizen themself and agencies with an agreement have one for
 * any subject; an agency with none is told the same for a registered and an unregistered
 * subject, so that a refusal reveals nothing.
 */
export async function decideLookUp(sources: LookupSources, subject: Subject): Promise<LookupDecision> {
  const { principal } = sources;
  const categories = categoriesOfKind(subject.kind);
  const allowed = (basis: AccessBasis): LookupDecision => ({ allowed: true, basis, category: categories[0] });
  const refused = (decision: Decision) => decision as Extract<Decision, { allowed: false }>;
  if (!principal) return refused(deny('UNAUTHENTICATED', 'A bearer token is required'));
  if (principal.kind === 'agency') return decideForAgency(sources, principal, subject, categories);
  const own = decideSubject(principal, subject);
  return own.allowed ? allowed(own.basis) : own;
}

/**
 * Of the reasons every category was refused for, the one the agency is told: the first of
 * this order that occurs. None depends on whether the subject is registered: the system's
 * state, the agreement's day, the agency's own consent (it holds the consent anyway), the
 * token's scope.
 */
const LOOKUP_REFUSAL_ORDER = [
  'SYSTEM_NOT_ACTIVE',
  'DAILY_LIMIT_REACHED',
  'CONSENT_REVOKED',
  'CONSENT_EXPIRED',
  'CONSENT_SPENT',
  'CONSENT_PAUSED',
  'CONSENT_LIMIT_REACHED',
  'OUTSIDE_TOKEN_SCOPE',
];

async function decideForAgency(
  sources: LookupSources,
  principal: AgencyPrincipal,
  subject: Subject,
  categories: string[],
): Promise<LookupDecision> {
  // One decision per category, the very ones the fields will get: agreements, token scope,
  // daily limits and consents (looked at, never used: a lookup releases no category's data).
  const decisions = await Promise.all(categories.map(async (category) => sources.decide(subject, category)));
  const index = decisions.findIndex((decision) => decision.allowed);
  const found = decisions[index];
  if (found?.allowed) return { allowed: true, basis: found.basis, category: categories[index] };
  const refusals = decisions as Extract<Decision, { allowed: false }>[];
  for (const reason of LOOKUP_REFUSAL_ORDER) {
    const refusal = refusals.find((decision) => decision.reason === reason);
    if (!refusal) continue;
    return reason === 'OUTSIDE_TOKEN_SCOPE'
      ? (deny(
          reason,
          `The token was not issued for any category of ${subject.kind} records; ask for them at the token endpoint`,
          principal.purpose,
        ) as Extract<Decision, { allowed: false }>)
      : refusal;
  }
  return deny(
    'NO_AGREEMENT_OR_CONSENT',
    `No agreement of ${principal.agencyCode} for purpose ${principal.purpose}, and no consent, covers any category of ${subject.kind} records`,
    principal.purpose,
  ) as Extract<Decision, { allowed: false }>;
}
