import type { AgencyPrincipal, Principal } from '@app/auth';
import { dataCategory } from './data-categories';
import type { AgencyGrants } from './agency-grants';
import { CONSENT_DENIAL_TEXT } from './consent-denial-text';
import { isConsentDenial, type ConsentLookup, type ConsentMatch } from './consent-lookup';
import { deny, subjectKey, type AccessBasis, type Decision, type Subject } from './decision';
import { ConsentPeek, categoriesOfKind, decideLookUp, type LookupDecision } from './subject-lookup';

/** What one response released about one subject: for the access log (libs/audit). */
export interface Release {
  subject: Subject;
  /** Fields released, as Type.field, per category, with what allowed them. */
  categories: Map<string, { basis: AccessBasis; fields: Set<string> }>;
  /** The values released, by Type.field (the last one, when a field is asked twice). */
  values: Map<string, unknown>;
}

/** What one response withheld about one subject, and why. */
export interface Refusal {
  subject: Subject;
  categories: Map<string, { reason: string; purpose?: string; fields: Set<string> }>;
}

export interface AccessSources {
  principal: () => Promise<Principal | null>;
  agencyGrants: (principal: AgencyPrincipal, purpose: string) => Promise<AgencyGrants>;
  consents: ConsentLookup | null;
}

/**
 * The policy's answers for one request. Decisions are computed in bulk: the agency's
 * agreements once per request, consents once per batch of subjects (every subject a list
 * resolver produced in the same tick), then each (subject, category) from memory.
 */
export class RequestAccess {
  private readonly decisions = new Map<string, Decision | Promise<Decision>>();
  private grants?: Promise<AgencyGrants>;
  private consentBatch: ConsentBatch | null = null;
  private readonly releases = new Map<string, Release>();
  private readonly refusals = new Map<string, Refusal>();
  private readonly lookups = new Map<string, Promise<LookupDecision>>();
  private readonly keyReleases = new Map<string, Release>();
  private consentPeek?: ConsentPeek | null;

  constructor(private readonly sources: AccessSources) {}

  principal(): Promise<Principal | null> {
    return this.sources.principal();
  }

  /** Allowed (and by what) or denied (and why): a value when known, a promise the first time. */
  decide(subject: Subject, category: string): Decision | Promise<Decision> {
    const key = `${subjectKey(subject)}|${category}`;
    const known = this.decisions.get(key);
    if (known) return known;
    const pending = this.compute(subject, category).then((decision) => {
      this.decisions.set(key, decision);
      return decision;
    });
    this.decisions.set(key, pending);
    return pending;
  }

  /**
   * May the caller learn whether `subject` is registered, and its key? Decided once per
   * subject and request; resolvers that find subjects by identifier ask it before they look
   * (see lookUpSubjects), so that a refusal is the same whether the subject exists or not.
   */
  lookUp(subject: Subject): Promise<LookupDecision> {
    const key = subjectKey(subject);
    let decision = this.lookups.get(key);
    if (!decision) {
      decision = this.sources
        .principal()
        .catch(() => null)
        .then((principal) =>
          decideLookUp(
            {
              principal,
              agencyGrants: (agency) => this.agencyGrants(agency),
              consents: principal?.kind === 'agency' ? this.peekFor(principal) : null,
            },
            subject,
          ),
        );
      this.lookups.set(key, decision);
    }
    return decision;
  }

  /**
   * Notes that a subject's key was released by a lookup (as `field`, e.g. Citizen.personalIdNumber).
   * Its own record only when nothing else of the subject is released: any record of a subject
   * names its key.
   */
  releaseKey(subject: Subject, field: string, decision: Extract<LookupDecision, { allowed: true }>): void {
    const key = subjectKey(subject);
    if (this.keyReleases.has(key)) return;
    this.keyReleases.set(key, {
      subject,
      categories: new Map([[decision.category, { basis: decision.basis, fields: new Set([field]) }]]),
      values: new Map([[field, subject.id]]),
    });
  }

  /** Notes a refused lookup: every category of the subject withheld, for the same reason. */
  refuseLookUp(subject: Subject, field: string, decision: Extract<LookupDecision, { allowed: false }>): void {
    for (const category of categoriesOfKind(subject.kind)) this.refuse(subject, category, field, decision);
  }

  /** Notes a field released under an allowing decision, with its value. */
  release(subject: Subject, category: string, basis: AccessBasis, field: string, value: unknown): void {
    const key = subjectKey(subject);
    let release = this.releases.get(key);
    if (!release) this.releases.set(key, (release = { subject, categories: new Map(), values: new Map() }));
    let entry = release.categories.get(category);
    if (!entry) release.categories.set(category, (entry = { basis, fields: new Set() }));
    entry.fields.add(field);
    release.values.set(field, value);
  }

  /** Notes a field withheld, and why. */
  refuse(subject: Subject, category: string, field: string, decision: Extract<Decision, { allowed: false }>): void {
    const key = subjectKey(subject);
    let refusal = this.refusals.get(key);
    if (!refusal) this.refusals.set(key, (refusal = { subject, categories: new Map() }));
    let entry = refusal.categories.get(category);
    if (!entry) {
      entry = {
        reason: decision.reason,
        fields: new Set(),
        ...(decision.purpose ? { purpose: decision.purpose } : {}),
      };
      refusal.categories.set(category, entry);
    }
    entry.fields.add(field);
  }

  /** Everything this request released, per subject. */
  released(): Release[] {
    const keysOnly = [...this.keyReleases].filter(([key]) => !this.releases.has(key)).map(([, release]) => release);
    return [...this.releases.values(), ...keysOnly];
  }

  /** Everything this request withheld, per subject. */
  refused(): Refusal[] {
    return [...this.refusals.values()];
  }

  private async compute(subject: Subject, category: string): Promise<Decision> {
    let principal: Principal | null;
    try {
      principal = await this.sources.principal();
    } catch {
      return deny('UNAUTHENTICATED', 'The bearer token does not verify');
    }
    if (!principal) return deny('UNAUTHENTICATED', 'A bearer token is required');
    switch (principal.kind) {
      case 'citizen':
        return subject.kind === 'citizen' && subject.id === principal.personalIdNumber
          ? { allowed: true, basis: { kind: 'self' } }
          : deny('NOT_YOUR_RECORD', 'A citizen may read only their own record');
      case 'steward':
        return dataCategory(category)?.registry === principal.registry
          ? { allowed: true, basis: { kind: 'steward' } }
          : deny('OTHER_REGISTRY', `Stewards of the ${principal.registry} registry do not read ${category}`);
      case 'agency':
        return this.decideForAgency(principal, subject, category);
      default:
        return deny('NO_DATA_ACCESS', 'Administrators and auditors do not read registry data');
    }
  }

  /** The agency's agreements for its purpose, loaded once per request. */
  private agencyGrants(principal: AgencyPrincipal): Promise<AgencyGrants> {
    this.grants ??= this.sources.agencyGrants(principal, principal.purpose);
    return this.grants;
  }

  private peekFor(principal: AgencyPrincipal): ConsentPeek | null {
    if (this.consentPeek === undefined) {
      this.consentPeek = this.sources.consents && new ConsentPeek(this.sources.consents, principal);
    }
    return this.consentPeek;
  }

  private async decideForAgency(principal: AgencyPrincipal, subject: Subject, category: string): Promise<Decision> {
    const grants = await this.agencyGrants(principal);
    if (!grants.active) {
      return deny(
        'SYSTEM_NOT_ACTIVE',
        `The system ${principal.clientId} of ${principal.agencyCode} may not read now`,
        principal.purpose,
      );
    }
    const agreement = grants.byCategory.get(category);
    if (agreement && principal.scopes.includes(category)) return { allowed: true, basis: agreement };
    const consent = await this.consentFor(principal, subject, category);
    if (consent && !isConsentDenial(consent)) {
      return { allowed: true, basis: { kind: 'consent', consentId: consent.consentId } };
    }
    if (agreement) {
      return deny(
        'OUTSIDE_TOKEN_SCOPE',
        `The token was not issued for ${category}; ask for it at the token endpoint`,
        principal.purpose,
      );
    }
    if (consent) {
      return deny(
        consent.denied,
        `No agreement of ${principal.agencyCode} for purpose ${principal.purpose} covers ${category}, and consent ${consent.consentId} ${CONSENT_DENIAL_TEXT[consent.denied]}`,
        principal.purpose,
      );
    }
    return deny(
      'NO_AGREEMENT_OR_CONSENT',
      `No agreement of ${principal.agencyCode} for purpose ${principal.purpose}, and no consent of the subject, covers ${category}`,
      principal.purpose,
    );
  }

  /** Batches every subject asked about in this tick into one consent lookup. */
  private async consentFor(
    principal: AgencyPrincipal,
    subject: Subject,
    category: string,
  ): Promise<ConsentMatch | undefined> {
    const lookup = this.sources.consents;
    if (!lookup) return undefined;
    if (!this.consentBatch) {
      const subjects = new Map<string, Subject>();
      const categories = new Set<string>();
      const result = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
        this.consentBatch = null;
        return lookup.consentsFor(principal.agencyCode, principal.purpose, [...subjects.values()], [...categories]);
      });
      this.consentBatch = { subjects, categories, result };
    }
    const batch = this.consentBatch;
    batch.subjects.set(subjectKey(subject), subject);
    batch.categories.add(category);
    return (await batch.result).get(subjectKey(subject))?.get(category);
  }
}

interface ConsentBatch {
  subjects: Map<string, Subject>;
  categories: Set<string>;
  result: Promise<Map<string, Map<string, ConsentMatch>>>;
}
