import type { SubjectKind } from './data-categories';

/** Whose record a field belongs to. */
export interface Subject {
  kind: SubjectKind;
  /** Personal ID number or enterprise code. */
  id: string;
}

export function subjectKey(subject: Subject): string {
  return `${subject.kind}:${subject.id}`;
}

/** The law a data-sharing agreement rests on, as citizens read it. */
export interface LegalCitation {
  instrument: string;
  article: string;
  clause: string | null;
  textVi: string;
}

/** What allowed a release: a law (agreement), the subject's consent, or the caller's own role. */
export type AccessBasis =
  | {
      kind: 'agreement';
      agreementId: string;
      agreementNumber: string;
      version: number;
      citation: LegalCitation;
      /** Covert reads: days the access record stays sealed to the citizen; null: disclosed at once. */
      sealedDisclosureDays: number | null;
    }
  | { kind: 'consent'; consentId: string }
  | { kind: 'self' }
  | { kind: 'steward' };

/** Why a field was withheld: stable codes, in `extensions.reason` of the FORBIDDEN error. */
export type DenialReason =
  /** No (valid) token. */
  | 'UNAUTHENTICATED'
  /** The agency's system is not registered, not approved, suspended or revoked, or the agency is not active. */
  | 'SYSTEM_NOT_ACTIVE'
  /** No approved agreement for this purpose names the category, and no consent covers it. */
  | 'NO_AGREEMENT_OR_CONSENT'
  /** An agreement names it, but the token was issued for fewer categories. */
  | 'OUTSIDE_TOKEN_SCOPE'
  /** A citizen asked about somebody else. */
  | 'NOT_YOUR_RECORD'
  /** A steward asked about the other registry's data. */
  | 'OTHER_REGISTRY'
  /** Administrators and auditors run the exchange; they read no registry data. */
  | 'NO_DATA_ACCESS'
  /** No agreement covers it; the subject's consent did, but was revoked. */
  | 'CONSENT_REVOKED'
  /** No agreement covers it; the subject's consent did, but is outside its validity window. */
  | 'CONSENT_EXPIRED'
  /** No agreement covers it; the subject's one-time consent has been used. */
  | 'CONSENT_SPENT'
  /** No agreement covers it; the subject paused their consent. */
  | 'CONSENT_PAUSED'
  /** No agreement covers it; the subject's periodic consent reached its reads for today. */
  | 'CONSENT_LIMIT_REACHED'
  /** The agreement covering it released its recordsPerDay today (Vietnam's calendar day), and no consent covers it. */
  | 'DAILY_LIMIT_REACHED';

export type Decision =
  { allowed: true; basis: AccessBasis } | { allowed: false; reason: DenialReason; message: string; purpose?: string };

export const deny = (reason: DenialReason, message: string, purpose?: string): Decision => ({
  allowed: false,
  reason,
  message,
  ...(purpose ? { purpose } : {}),
});
