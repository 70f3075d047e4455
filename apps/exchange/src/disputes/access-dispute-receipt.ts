import type { DisputeStatus } from './access-dispute-transitions';

/** The JWS `typ` of a dispute receipt: no other signed document of the registry passes for one. */
export const DISPUTE_RECEIPT_JWS_TYPE = 'access-dispute-receipt+jwt';

/**
 * What a dispute receipt says: that the registry received the citizen's dispute of an entry,
 * or what an auditor did with it, word for word, signed with the registry's key — so the
 * citizen holds proof the registry cannot later deny, as a consent's receipt is.
 */
export interface DisputeReceiptArtefact {
  iss: string;
  /** The receipt's id. */
  jti: string;
  iat: number;
  disputeId: string;
  /** The dispute's version this event made. */
  version: number;
  event: 'opened' | 'taken_up' | 'decided';
  /** The citizen's personal ID number. */
  subject: string;
  /** The disputed access record's seq. */
  entrySeq: string;
  /** The dispute's status after the event. */
  status: DisputeStatus;
  text: string;
  answer: string | null;
  changedBy: { kind: 'citizen' | 'auditor'; id: string };
  requestId: string | null;
  /** When the event happened (ISO 8601). */
  time: string;
}

export interface DisputeState {
  id: string;
  version: number;
  personalIdNumber: string;
  entrySeq: string;
  status: DisputeStatus;
  text: string;
  answer: string | null;
  updatedAt: Date;
}

/** The artefact of the event that made `dispute` as it now stands. */
export function disputeReceiptArtefact(
  dispute: DisputeState,
  changedBy: DisputeReceiptArtefact['changedBy'],
  receipt: { iss: string; jti: string; requestId: string | null },
): DisputeReceiptArtefact {
  return {
    iss: receipt.iss,
    jti: receipt.jti,
    iat: Math.floor(dispute.updatedAt.getTime() / 1000),
    disputeId: dispute.id,
    version: dispute.version,
    event: dispute.status === 'open' ? 'opened' : dispute.status === 'under_review' ? 'taken_up' : 'decided',
    subject: dispute.personalIdNumber,
    entrySeq: dispute.entrySeq,
    status: dispute.status,
    text: dispute.text,
    answer: dispute.answer,
    changedBy,
    requestId: receipt.requestId,
    time: dispute.updatedAt.toISOString(),
  };
}
