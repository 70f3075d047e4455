import type { TimeAndId } from '@app/pagination';
import { In, type EntityManager } from 'typeorm';
import { AgencyEntity, PurposeEntity, type ConsentEntity } from '@app/access';
import type { ConsentRequestEntity, ConsentRequestStatus } from './consent-request.entity';
import type { ConsentReceiptEntity } from './consent-receipt.entity';
import {
  ConsentEventValue,
  ConsentRequestStatusValue,
  ConsentStatusValue,
  FetchTypeValue,
  type Consent,
  type ConsentReceipt,
  type ConsentRequest,
} from './consent.model';

/** What a citizen reads beside codes: the agencies' Vietnamese names and the purposes' texts. */
export interface ConsentLabels {
  agencies: Map<string, string>;
  purposes: Map<string, string>;
}

export async function loadLabels(
  manager: EntityManager,
  rows: { agencyCode: string; purpose: string }[],
): Promise<ConsentLabels> {
  const agencyCodes = [...new Set(rows.map((row) => row.agencyCode))];
  const purposeCodes = [...new Set(rows.map((row) => row.purpose))];
  const [agencies, purposes] = await Promise.all([
    agencyCodes.length ? manager.findBy(AgencyEntity, { code: In(agencyCodes) }) : [],
    purposeCodes.length ? manager.findBy(PurposeEntity, { code: In(purposeCodes) }) : [],
  ]);
  return {
    agencies: new Map(agencies.map((agency) => [agency.code, agency.nameVi])),
    purposes: new Map(purposes.map((purpose) => [purpose.code, purpose.textVi])),
  };
}

/** SQL for a request's status as the citizen sees it (alias `r`): pending past its answer-by time is expired. */
export const REQUEST_STATUS_SQL = `CASE WHEN r.status = 'pending' AND r.answer_by <= :now THEN 'expired' ELSE r.status END`;

/** SQL for a consent's status as the citizen sees it (alias `c`): active or paused past its window is expired. */
export const CONSENT_STATUS_SQL = `CASE WHEN c.status IN ('active', 'paused') AND c.valid_to <= :now THEN 'expired' ELSE c.status END`;

export function requestStatusAt(request: ConsentRequestEntity, now: Date): ConsentRequestStatus {
  return request.status === 'pending' && request.answerBy.getTime() <= now.getTime() ? 'expired' : request.status;
}

export function consentStatusAt(consent: ConsentEntity, now: Date): ConsentStatusValue {
  if ((consent.status === 'active' || consent.status === 'paused') && consent.validTo.getTime() <= now.getTime()) {
    return ConsentStatusValue.EXPIRED;
  }
  return consent.status as ConsentStatusValue;
}

const agencyOf = (labels: ConsentLabels, code: string) => ({ code, nameVi: labels.agencies.get(code) ?? code });
const purposeOf = (labels: ConsentLabels, code: string) => ({ code, textVi: labels.purposes.get(code) ?? code });

export function toConsentRequest(
  request: ConsentRequestEntity,
  labels: ConsentLabels,
  consentId: string | null,
  now: Date,
): ConsentRequest {
  return {
    id: request.id,
    agency: agencyOf(labels, request.agencyCode),
    purpose: purposeOf(labels, request.purpose),
    personalIdNumber: request.personalIdNumber,
    categories: request.categories,
    validFrom: request.validFrom,
    validTo: request.validTo,
    fetchType: request.fetchType as FetchTypeValue,
    maxReadsPerDay: request.maxReadsPerDay,
    dataLifeDays: request.dataLifeDays,
    status: requestStatusAt(request, now) as ConsentRequestStatusValue,
    requestedAt: request.requestedAt,
    answerBy: request.answerBy,
    decidedAt: request.decidedAt,
    consentId,
  };
}

export function toConsent(consent: ConsentEntity, labels: ConsentLabels, now: Date): Consent {
  return {
    id: consent.id,
    requestId: consent.requestId,
    agency: agencyOf(labels, consent.agencyCode),
    purpose: purposeOf(labels, consent.purpose),
    personalIdNumber: consent.personalIdNumber,
    categories: consent.categories,
    validFrom: consent.validFrom,
    validTo: consent.validTo,
    fetchType: consent.fetchType as FetchTypeValue,
    maxReadsPerDay: consent.maxReadsPerDay,
    dataLifeDays: consent.dataLifeDays,
    status: consentStatusAt(consent, now),
    grantedAt: consent.grantedAt,
    updatedAt: consent.updatedAt,
    revokedAt: consent.revokedAt,
    useCount: consent.useCount,
    lastUsedAt: consent.lastUsedAt,
  };
}

export function toConsentReceipt(receipt: ConsentReceiptEntity): ConsentReceipt {
  return {
    id: receipt.id,
    consentId: receipt.consentId,
    event: receipt.event as ConsentEventValue,
    issuedAt: receipt.issuedAt,
    jws: receipt.jws,
  };
}

/** Where a page ended: (time, id); callers see it sealed in a cursor (libs/pagination). */
export type ConsentPosition = TimeAndId;
