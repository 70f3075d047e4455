import type { AgencyPrincipal, Principal } from '@app/auth';
import type { AgencyGrants } from './agency-grants';
import { CONSENT_DENIAL_TEXT } from './consent-denial-text';
import { isConsentDenial, type ConsentAsk, type ConsentLookup, type ConsentMatch } from './consent-lookup';
import { DATA_CATEGORIES, type SubjectKind } from './data-categories';
import { deny, subjectKey, type AccessBasis, type Decision, type Subject } from './decision';

const REGISTRY_OF_KIND: Record<SubjectKind, string> = { citizen: 'population', enterprise: 'business' };

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
  agencyGrants: (principal: AgencyPrincipal) => Promise<AgencyGrants>;
  consents: ConsentPeek | null;
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
  switch (principal.kind) {
    case 'citizen':
      return subject.kind === 'citizen' && subject.id === principal.personalIdNumber
        ? allowed({ kind: 'self' })
        : refused(deny('NOT_YOUR_RECORD', 'A citizen may look up only their own record'));
    case 'steward':
      return REGISTRY_OF_KIND[subject.kind] === principal.registry
        ? allowed({ kind: 'steward' })
        : refused(
            deny(
              'OTHER_REGISTRY',
              `Stewards of the ${principal.registry} registry do not look up ${subject.kind} records`,
            ),
          );
    case 'agency':
      return decideForAgency(sources, principal, subject, categories);
    default:
      return refused(deny('NO_DATA_ACCESS', 'Administrators and auditors do not read registry data'));
  }
}

async function decideForAgency(
  sources: LookupSources,
  principal: AgencyPrincipal,
  subject: Subject,
  categories: string[],
): Promise<LookupDecision> {
  const refused = (decision: Decision) => decision as Extract<Decision, { allowed: false }>;
  const grants = await sources.agencyGrants(principal);
  if (!grants.active) {
    return refused(
      deny(
        'SYSTEM_NOT_ACTIVE',
        `The system ${principal.clientId} of ${principal.agencyCode} may not read now`,
        principal.purpose,
      ),
    );
  }
  for (const category of categories) {
    const agreement = grants.byCategory.get(category);
    if (agreement && principal.scopes.includes(category)) return { allowed: true, basis: agreement, category };
  }
  // Consents are only looked at, not used: a lookup releases no category's data.
  const consents = (await sources.consents?.peek(subject, categories)) ?? new Map<string, ConsentMatch>();
  for (const category of categories) {
    const consent = consents.get(category);
    if (consent && !isConsentDenial(consent)) {
      return { allowed: true, basis: { kind: 'consent', consentId: consent.consentId }, category };
    }
  }
  // The agency's own consent that it may no longer use: why depends on the consent, not on
  // whether the subject is registered, and the agency holds the consent anyway.
  const unusable = categories
    .map((category) => consents.get(category))
    .find((match) => match && isConsentDenial(match));
  if (unusable && isConsentDenial(unusable)) {
    return refused(
      deny(
        unusable.denied,
        `No agreement of ${principal.agencyCode} for purpose ${principal.purpose} covers ${subject.kind} records, and consent ${unusable.consentId} ${CONSENT_DENIAL_TEXT[unusable.denied]}`,
        principal.purpose,
      ),
    );
  }
  // Nothing below may depend on the subject, not even whether it is registered.
  if (categories.some((category) => grants.byCategory.has(category))) {
    return refused(
      deny(
        'OUTSIDE_TOKEN_SCOPE',
        `The token was not issued for any category of ${subject.kind} records; ask for them at the token endpoint`,
        principal.purpose,
      ),
    );
  }
  return refused(
    deny(
      'NO_AGREEMENT_OR_CONSENT',
      `No agreement of ${principal.agencyCode} for purpose ${principal.purpose}, and no consent, covers any category of ${subject.kind} records`,
      principal.purpose,
    ),
  );
}

/**
 * Looks at (never uses) the consents of every subject looked up in the same tick, in one
 * lookup: a batch of a hundred numbers costs one query, not a hundred.
 */
export class ConsentPeek {
  private batch: {
    asks: Map<string, ConsentAsk>;
    result: Promise<Map<string, Map<string, ConsentMatch>>>;
  } | null = null;

  constructor(
    private readonly lookup: ConsentLookup,
    private readonly principal: AgencyPrincipal,
  ) {}

  async peek(subject: Subject, categories: string[]): Promise<Map<string, ConsentMatch> | undefined> {
    if (!this.batch) {
      const asks = new Map<string, ConsentAsk>();
      const result = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
        this.batch = null;
        // Finding uses nothing (see ConsentLookup): a lookup releases no category's data.
        return this.lookup.consentsFor(this.principal.agencyCode, this.principal.purpose, [...asks.values()]);
      });
      this.batch = { asks, result };
    }
    const batch = this.batch;
    const key = subjectKey(subject);
    let ask = batch.asks.get(key);
    if (!ask) batch.asks.set(key, (ask = { subject, categories: [] }));
    for (const category of categories) if (!ask.categories.includes(category)) ask.categories.push(category);
    return (await batch.result).get(key);
  }
}
