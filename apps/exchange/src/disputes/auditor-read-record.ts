import { valuesHash, type AccessRecordInput } from '@app/access';
import type { OperatorPrincipal } from '@app/auth';

/** The category an auditor's read of a dispute is recorded under (not a registry's category). */
export const DISPUTE_CATEGORY = 'exchange.dispute';

/** What an auditor is shown of a dispute: the citizen's words and the disputed entry. */
const DISPUTE_FIELDS = [
  'AccessDispute.accessRecord',
  'AccessDispute.answer',
  'AccessDispute.entry',
  'AccessDispute.history',
  'AccessDispute.personalIdNumber',
  'AccessDispute.text',
];

export interface DisputeRead {
  id: string;
  personalIdNumber: string;
  entrySeq: string;
  version: number;
  text: string;
  answer: string | null;
}

/**
 * An auditor answering disputes reads personal data (what the citizen wrote, who read them and
 * why), so the read is recorded like any other: one release per citizen whose disputes the
 * response carries, its basis the disputes themselves. The citizen sees it in their tracker.
 */
export function auditorReadRecords(
  auditor: OperatorPrincipal,
  disputes: DisputeRead[],
  requestId: string,
): AccessRecordInput[] {
  const byCitizen = new Map<string, DisputeRead[]>();
  for (const dispute of disputes) {
    byCitizen.set(dispute.personalIdNumber, [...(byCitizen.get(dispute.personalIdNumber) ?? []), dispute]);
  }
  return [...byCitizen].map(([personalIdNumber, read]) => ({
    outcome: 'released',
    requestId,
    clientRequestId: null,
    recordedBy: 'exchange',
    callerKind: auditor.kind,
    callerId: auditor.operatorId,
    agencyCode: null,
    officerId: null,
    caseReference: null,
    purpose: null,
    subjectKind: 'citizen',
    subjectId: personalIdNumber,
    categories: [DISPUTE_CATEGORY],
    fields: DISPUTE_FIELDS,
    bases: { [DISPUTE_CATEGORY]: { kind: 'dispute', disputeIds: read.map((dispute) => dispute.id) } },
    consentIds: [],
    sealedUntil: null,
    valuesHash: valuesHash({ disputes: read }),
  }));
}
