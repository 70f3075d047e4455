import { ForbiddenError, type AgencyPrincipal, type Principal } from '@app/auth';
import { dataCategory, REGISTRY_OF_KIND, type SubjectKind } from './policy/data-categories';
import { deny, type Decision, type DenialReason, type Subject } from './policy/decision';

/**
 * What a caller asks to touch, once the AccessGuard has let its kind call the operation
 * (permissions.ts): each rule of permissions.ts's THEN that depends on the row is one question.
 */
export type AccessQuestion =
  /** A citizen's or an enterprise's data: one category (a field), or without one the lookup as a whole. */
  | { about: 'subject'; subject: Subject; category?: string }
  /** Rows that belong to one agency: its agreements, systems, access records. */
  | { about: 'agencyRows'; agencyCode: string }
  /** A consent or a consent request, between one citizen and one agency. */
  | {
      about: 'consent' | 'consentRequest';
      personalIdNumber: string;
      agencyCode: string;
      /** Who may: both parties (to read it), or the citizen alone (to answer, revoke, pause). */
      parties: 'both' | 'citizen';
    }
  /** An enterprise's own access log: its current legal representatives, as the business registry knows them. */
  | { about: 'enterpriseLog'; enterpriseCode: string; representatives: readonly string[] };

/** Why a row was refused (beside the field reasons of DenialReason): `extensions.reason` of FORBIDDEN. */
export type OwnershipReason = 'OTHER_AGENCY' | 'NOT_YOUR_REQUEST' | 'NOT_YOUR_CONSENT' | 'NOT_REPRESENTATIVE';

export type AccessAnswer =
  | { allowed: true }
  | { allowed: false; reason: DenialReason | OwnershipReason; message: string; details?: Record<string, string> }
  /** An agency's read of a subject: its agreements in force and the subject's consents decide, field by field (RequestAccess). */
  | { allowed: 'byAgreementOrConsent' };

/**
 * The one decision of the access core: may this caller touch this? Every pre-check of a
 * resolver, every field of a citizen or an enterprise (RequestAccess, for the caller's own
 * part; an agency's agreements and consents after that) and every ownership check of the
 * exchange and the business registry asks it; nothing else decides. Deny by default.
 */
export function decide(principal: Principal, question: AccessQuestion): AccessAnswer {
  switch (question.about) {
    case 'subject':
      return principal.kind === 'agency'
        ? { allowed: 'byAgreementOrConsent' }
        : decideSubject(principal, question.subject, question.category);
    case 'agencyRows':
      return decideAgencyRows(principal, question.agencyCode);
    case 'consent':
    case 'consentRequest':
      return decideConsentParty(principal, question);
    case 'enterpriseLog':
      return principal.kind === 'citizen' && question.representatives.includes(principal.personalIdNumber)
        ? ALLOWED
        : refuse(
            'NOT_REPRESENTATIVE',
            `Only a legal representative of enterprise ${question.enterpriseCode} may read its access log`,
          );
  }
}

/** Throws FORBIDDEN (with the reason) unless the caller may; an agency's subject read passes to the policy. */
export function requireAccess(principal: Principal, question: AccessQuestion): void {
  const answer = decide(principal, question);
  if (answer.allowed === false) {
    throw new ForbiddenError(answer.message, { reason: answer.reason, ...answer.details });
  }
}

/** A resolver's pre-check, before anything is fetched: every subject asked for, as a whole. */
export function requireLookUp(principal: Principal, kind: SubjectKind, ids: readonly string[]): void {
  for (const id of ids) requireAccess(principal, { about: 'subject', subject: { kind, id } });
}

/**
 * A subject's field (or, without a category, the subject as a whole) for a caller who is not
 * an agency: a citizen their own record, a steward their own registry's data, operators none.
 * An agency's answer is its agreements' and the subject's consents' (RequestAccess).
 */
export function decideSubject(
  principal: Exclude<Principal, AgencyPrincipal>,
  subject: Subject,
  category?: string,
): Decision {
  switch (principal.kind) {
    case 'citizen':
      return subject.kind === 'citizen' && subject.id === principal.personalIdNumber
        ? { allowed: true, basis: { kind: 'self' } }
        : deny('NOT_YOUR_RECORD', 'A citizen may read only their own record');
    case 'steward': {
      const registry = category === undefined ? REGISTRY_OF_KIND[subject.kind] : dataCategory(category)?.registry;
      return registry === principal.registry
        ? { allowed: true, basis: { kind: 'steward' } }
        : deny(
            'OTHER_REGISTRY',
            `Stewards of the ${principal.registry} registry do not read ${category ?? `${subject.kind} records`}`,
          );
    }
    default:
      return deny('NO_DATA_ACCESS', 'Administrators and auditors do not read registry data');
  }
}

const ALLOWED = { allowed: true } as const;

function refuse(reason: OwnershipReason, message: string, details?: Record<string, string>): AccessAnswer {
  return { allowed: false, reason, message, ...(details ? { details } : {}) };
}

/** An agency its own agency's rows only; operators any agency's; nobody else. */
function decideAgencyRows(principal: Principal, agencyCode: string): AccessAnswer {
  if (principal.kind === 'admin' || principal.kind === 'auditor') return ALLOWED;
  if (principal.kind === 'agency' && principal.agencyCode === agencyCode) return ALLOWED;
  const caller = principal.kind === 'agency' ? `Agency ${principal.agencyCode}` : 'This caller';
  return refuse('OTHER_AGENCY', `${caller} may see its own agency's records only, not ${agencyCode}'s`, {
    ...(principal.kind === 'agency' ? { callerAgency: principal.agencyCode } : {}),
    requestedAgency: agencyCode,
  });
}

/** Only the citizen asked and the asking agency; answering, revoking and pausing the citizen alone. */
function decideConsentParty(
  principal: Principal,
  question: Extract<AccessQuestion, { about: 'consent' | 'consentRequest' }>,
): AccessAnswer {
  const citizen = principal.kind === 'citizen' && principal.personalIdNumber === question.personalIdNumber;
  const agency =
    question.parties === 'both' && principal.kind === 'agency' && principal.agencyCode === question.agencyCode;
  if (citizen || agency) return ALLOWED;
  const thing = question.about === 'consent' ? 'consent' : 'consent request';
  const message =
    question.parties === 'both'
      ? `Only the citizen and the agency of a ${thing} see it`
      : `This ${thing} was ${question.about === 'consent' ? 'given by' : 'made to'} another citizen`;
  return refuse(question.about === 'consent' ? 'NOT_YOUR_CONSENT' : 'NOT_YOUR_REQUEST', message);
}
