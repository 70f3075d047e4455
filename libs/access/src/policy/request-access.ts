import type { AgencyPrincipal, Principal } from '@app/auth';
import { decideSubject } from '../decide';
import type { AgencyGrants } from './agency-grants';
import { countDailyRecords } from './agreement-daily-records';
import { CONSENT_DENIAL_TEXT } from './consent-denial-text';
import {
  isConsentDenial,
  type ConsentAsk,
  type ConsentLookup,
  type ConsentMatch,
  type ConsentUseRunner,
} from './consent-lookup';
import { deny, subjectKey, type AccessBasis, type Decision, type DenialReason, type Subject } from './decision';
import { categoriesOfKind, decideLookUp, type LookupDecision } from './subject-lookup';

/** What one response released about one subject: for the access log (libs/access). */
export interface Release {
  subject: Subject;
  /** Fields released, as Type.field, per category, with what allowed them. */
  categories: Map<string, { basis: AccessBasis; fields: Set<string> }>;
  /** The values released, by Type.field (the last one, when a field is asked twice). */
  values: Map<string, unknown>;
  /** The subject was found by a lookup of many subjects at once. */
  bulk?: boolean;
}

/** What one response withheld about one subject, and why. */
export interface Refusal {
  subject: Subject;
  /** The subject was asked in a lookup of many subjects at once. */
  bulk?: boolean;
  categories: Map<string, { reason: string; purpose?: string; fields: Set<string> }>;
}

/** A release the access log's transaction could not commit: its consent, or its agreement's day, was used up meanwhile. */
export interface LostRelease {
  subject: Subject;
  category: string;
  reason: DenialReason;
  message: string;
  purpose?: string;
}

/**
 * What must commit with a request's access records, in the log's transaction: its consents'
 * uses and its agreements' daily counts. Resolves to null when done, else to the releases it
 * could not commit (the transaction then rolls this work back and commits none of the records).
 */
export type ReleaseCommit = (runner: ConsentUseRunner) => Promise<LostRelease[] | null>;

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
  /** The agency principal decided for, once an agency is. */
  private agency: AgencyPrincipal | null = null;
  /** Per agreement number with a daily limit, the subjects this request was allowed under it. */
  private readonly countedToday = new Map<string, Set<string>>();
  private readonly lookups = new Map<string, Promise<LookupDecision>>();
  private readonly keyReleases = new Map<string, Release>();
  /** Subjects asked for in a lookup of more than one (a citizen's tracker marks them). */
  private readonly bulkSubjects = new Set<string>();

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
              decide: (asked, category) => this.decide(asked, category),
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

  /**
   * The work that must commit with this request's records (consents used, agreements' daily
   * counts), for the access log's writer; null when there is none. Only what was released
   * counts: a consent decided on but not cited by a released record is not used.
   */
  commitWork(): ReleaseCommit | null {
    const agency = this.agency;
    if (!agency) return null;
    const byConsent = new Map<string, { subject: Subject; category: string }[]>();
    const byAgreement = new Map<string, { records: number; released: { subject: Subject; category: string }[] }>();
    for (const { subject, categories } of this.releases.values()) {
      const counted = new Set<string>();
      for (const [category, { basis }] of categories) {
        if (basis.kind === 'consent') {
          const uses = byConsent.get(basis.consentId) ?? [];
          byConsent.set(basis.consentId, [...uses, { subject, category }]);
        } else if (basis.kind === 'agreement' && this.hasDailyLimit(basis.agreementNumber)) {
          const entry = byAgreement.get(basis.agreementNumber) ?? { records: 0, released: [] };
          entry.released.push({ subject, category });
          // One record a subject, however many of its categories the agreement allowed.
          if (!counted.has(basis.agreementNumber)) entry.records++;
          counted.add(basis.agreementNumber);
          byAgreement.set(basis.agreementNumber, entry);
        }
      }
    }
    if (byConsent.size === 0 && byAgreement.size === 0) return null;
    const consents = this.sources.consents;
    return async (runner) => {
      const lost: LostRelease[] = [];
      if (consents && byConsent.size > 0) {
        for (const [consentId, reason] of await consents.use(runner, [...byConsent.keys()])) {
          const message = `consent ${consentId} ${CONSENT_DENIAL_TEXT[reason]} before this read could be recorded`;
          for (const use of byConsent.get(consentId)!) lost.push({ ...use, reason, message, purpose: agency.purpose });
        }
      }
      if (lost.length === 0 && byAgreement.size > 0) {
        const records = new Map([...byAgreement].map(([number, entry]) => [number, entry.records]));
        for (const number of await countDailyRecords(runner, agency.agencyCode, records)) {
          const message = `agreement ${number} released its records for today before this read could be recorded`;
          for (const release of byAgreement.get(number)!.released) {
            lost.push({ ...release, reason: 'DAILY_LIMIT_REACHED', message, purpose: agency.purpose });
          }
        }
      }
      return lost.length > 0 ? lost : null;
    };
  }

  /**
   * The log's transaction could not commit `lost`: nothing of this response is sent. Every
   * release is dropped, and the lost ones become refusals, so that the log records them as such.
   */
  withdraw(lost: LostRelease[]): void {
    for (const { subject, category, reason, message, purpose } of lost) {
      const fields = this.releases.get(subjectKey(subject))?.categories.get(category)?.fields ?? [];
      const decision = { allowed: false as const, reason, message, ...(purpose ? { purpose } : {}) };
      for (const field of fields) this.refuse(subject, category, field, decision);
    }
    this.releases.clear();
    this.keyReleases.clear();
  }

  /** Notes that `subjects` were asked for together, in one lookup of many (a bulk read). */
  markBulk(subjects: readonly Subject[]): void {
    for (const subject of subjects) this.bulkSubjects.add(subjectKey(subject));
  }

  /** Everything this request released, per subject. */
  released(): Release[] {
    const keysOnly = [...this.keyReleases].filter(([key]) => !this.releases.has(key)).map(([, release]) => release);
    return [...this.releases.values(), ...keysOnly].map((release) => this.withBulk(release));
  }

  /** Everything this request withheld, per subject. */
  refused(): Refusal[] {
    return [...this.refusals.values()].map((refusal) => this.withBulk(refusal));
  }

  private withBulk<T extends { subject: Subject; bulk?: boolean }>(entry: T): T {
    return this.bulkSubjects.has(subjectKey(entry.subject)) ? { ...entry, bulk: true } : entry;
  }

  private async compute(subject: Subject, category: string): Promise<Decision> {
    let principal: Principal | null;
    try {
      principal = await this.sources.principal();
    } catch {
      return deny('UNAUTHENTICATED', 'The bearer token does not verify');
    }
    if (!principal) return deny('UNAUTHENTICATED', 'A bearer token is required');
    // The caller's own part is the core's one decision; an agency's goes on to its agreements and consents.
    if (principal.kind === 'agency') return this.decideForAgency(principal, subject, category);
    return decideSubject(principal, subject, category);
  }

  /** The agency's agreements for its purpose, loaded once per request. */
  private agencyGrants(principal: AgencyPrincipal): Promise<AgencyGrants> {
    this.grants ??= this.sources.agencyGrants(principal, principal.purpose);
    return this.grants;
  }

  private async decideForAgency(principal: AgencyPrincipal, subject: Subject, category: string): Promise<Decision> {
    this.agency = principal;
    const grants = await this.agencyGrants(principal);
    if (!grants.active) {
      return deny(
        'SYSTEM_NOT_ACTIVE',
        `The system ${principal.clientId} of ${principal.agencyCode} may not read now`,
        principal.purpose,
      );
    }
    const agreement = grants.byCategory.get(category);
    const inScope = agreement !== undefined && principal.scopes.includes(category);
    if (inScope && this.withinDailyLimit(grants, agreement.agreementNumber, subject)) {
      return { allowed: true, basis: agreement };
    }
    const consent = await this.consentFor(principal, subject, category);
    if (consent && !isConsentDenial(consent)) {
      return { allowed: true, basis: { kind: 'consent', consentId: consent.consentId } };
    }
    if (inScope) {
      const limit = grants.dailyLimits!.get(agreement.agreementNumber)!;
      return deny(
        'DAILY_LIMIT_REACHED',
        `Agreement ${agreement.agreementNumber} allows ${principal.agencyCode} ${limit.recordsPerDay} records a day (Vietnam's calendar day), all released today`,
        principal.purpose,
      );
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

  /**
   * Whether one more subject fits in the agreement's records for today: today's count when
   * the grants were read plus the subjects this request was already allowed under it. A subject
   * already counted costs nothing more. The log's transaction counts again, under a lock.
   */
  private withinDailyLimit(grants: AgencyGrants, agreementNumber: string, subject: Subject): boolean {
    const limit = grants.dailyLimits?.get(agreementNumber);
    if (!limit) return true;
    const key = subjectKey(subject);
    let counted = this.countedToday.get(agreementNumber);
    if (!counted) this.countedToday.set(agreementNumber, (counted = new Set()));
    if (counted.has(key)) return true;
    if (limit.recordedToday + counted.size >= limit.recordsPerDay) return false;
    counted.add(key);
    return true;
  }

  private hasDailyLimit(agreementNumber: string): boolean {
    return this.countedToday.has(agreementNumber);
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
      const asks = new Map<string, ConsentAsk>();
      const result = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
        this.consentBatch = null;
        return lookup.consentsFor(principal.agencyCode, principal.purpose, [...asks.values()]);
      });
      this.consentBatch = { asks, result };
    }
    const batch = this.consentBatch;
    const key = subjectKey(subject);
    let ask = batch.asks.get(key);
    if (!ask) batch.asks.set(key, (ask = { subject, categories: [] }));
    // Only what is asked of this subject: a consent covering a category asked of another
    // subject of the batch is none of this subject's business.
    if (!ask.categories.includes(category)) ask.categories.push(category);
    return (await batch.result).get(key)?.get(category);
  }
}

interface ConsentBatch {
  asks: Map<string, ConsentAsk>;
  result: Promise<Map<string, Map<string, ConsentMatch>>>;
}
