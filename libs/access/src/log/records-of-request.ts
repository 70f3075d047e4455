import type { Principal } from '@app/auth';
import type { RequestAccess } from '../policy';
import { valuesHash, type AccessRecordInput } from './access-record';

const DAY_MS = 24 * 3600 * 1000;

/** Who called, as the log keeps it. */
function caller(
  principal: Principal | null,
): Pick<AccessRecordInput, 'callerKind' | 'callerId' | 'agencyCode' | 'officerId' | 'caseReference' | 'purpose'> {
  const none = { agencyCode: null, officerId: null, caseReference: null, purpose: null };
  if (!principal) return { ...none, callerKind: 'anonymous', callerId: '-' };
  switch (principal.kind) {
    case 'agency':
      return {
        callerKind: 'agency',
        callerId: principal.clientId,
        agencyCode: principal.agencyCode,
        officerId: principal.officerId,
        caseReference: principal.caseReference,
        purpose: principal.purpose,
      };
    case 'citizen':
      return { ...none, callerKind: 'citizen', callerId: principal.personalIdNumber };
    case 'steward':
      return { ...none, callerKind: 'steward', callerId: `${principal.registry}/${principal.stewardId}` };
    default:
      return { ...none, callerKind: principal.kind, callerId: principal.operatorId };
  }
}

/**
 * The access records of one response: one per subject whose data was released (categories,
 * fields, the basis of each category, a hash of the values), and one per subject of whom
 * something was withheld (categories, fields and reasons), for auditors. A release under an
 * agreement that allows covert reads is sealed until `now` plus the longest seal among the
 * agreements it used.
 */
export function recordsOfRequest(
  access: RequestAccess,
  principal: Principal | null,
  request: Pick<AccessRecordInput, 'requestId' | 'clientRequestId'>,
  recordedBy: string,
  now: Date = new Date(),
): AccessRecordInput[] {
  const who = caller(principal);
  const { requestId } = request;
  const clientRequestId = request.clientRequestId ?? null;
  const records: AccessRecordInput[] = [];
  for (const release of access.released()) {
    const bases: Record<string, unknown> = {};
    const fields: string[] = [];
    const consentIds = new Set<string>();
    let sealedDays = 0;
    for (const [category, { basis, fields: released }] of release.categories) {
      bases[category] = basis;
      fields.push(...released);
      if (basis.kind === 'consent') consentIds.add(basis.consentId);
      if (basis.kind === 'agreement') sealedDays = Math.max(sealedDays, basis.sealedDisclosureDays ?? 0);
    }
    records.push({
      ...who,
      outcome: 'released',
      requestId,
      clientRequestId,
      recordedBy,
      subjectKind: release.subject.kind,
      subjectId: release.subject.id,
      categories: [...release.categories.keys()].sort(),
      fields: fields.sort(),
      bases,
      consentIds: [...consentIds].sort(),
      sealedUntil: sealedDays > 0 ? new Date(now.getTime() + sealedDays * DAY_MS) : null,
      valuesHash: valuesHash(Object.fromEntries(release.values)),
      ...(release.bulk ? { bulk: true } : {}),
    });
  }
  for (const refusal of access.refused()) {
    const bases: Record<string, unknown> = {};
    const fields: string[] = [];
    for (const [category, { fields: withheld, ...why }] of refusal.categories) {
      bases[category] = { kind: 'refused', ...why };
      fields.push(...withheld);
    }
    records.push({
      ...who,
      outcome: 'refused',
      requestId,
      clientRequestId,
      recordedBy,
      subjectKind: refusal.subject.kind,
      subjectId: refusal.subject.id,
      categories: [...refusal.categories.keys()].sort(),
      // A refused lookup withholds the key under every category of the subject: listed once.
      fields: [...new Set(fields)].sort(),
      bases,
      consentIds: [],
      sealedUntil: null,
      valuesHash: valuesHash({}),
      ...(refusal.bulk ? { bulk: true } : {}),
    });
  }
  return records;
}
