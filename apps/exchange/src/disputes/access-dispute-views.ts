import { accessLogEntryOf, type AccessRecordRow } from '@app/access';
import { AccessRecord } from '../access-log/access-record.model';
import type { AccessDisputeVersionEntity } from './access-dispute-version.entity';
import type { AccessDisputeEntity } from './access-dispute.entity';
import {
  AccessDisputeStatusValue,
  DisputeChangedByValue,
  type AccessDispute,
  type AccessDisputeVersion,
} from './access-dispute.model';

/**
 * The one mapping from stored dispute to GraphQL: the entry as the citizen's tracker shows it
 * (with its seq, to find it there), and to auditors only, the record in full.
 */
export function toAccessDispute(
  dispute: AccessDisputeEntity,
  versions: AccessDisputeVersionEntity[],
  record: AccessRecordRow,
  forAuditor: boolean,
): AccessDispute {
  return {
    id: dispute.id,
    entrySeq: dispute.entrySeq,
    personalIdNumber: dispute.personalIdNumber,
    text: dispute.text,
    status: dispute.status as AccessDisputeStatusValue,
    answer: dispute.answer,
    reviewedBy: dispute.reviewedBy,
    decidedBy: dispute.decidedBy,
    openedAt: dispute.openedAt,
    reviewedAt: dispute.reviewedAt,
    decidedAt: dispute.decidedAt,
    updatedAt: dispute.updatedAt,
    version: dispute.version,
    entry: { ...accessLogEntryOf(record), seq: record.seq, leafHash: record.leaf_hash.toString('base64url') },
    accessRecord: forAuditor ? AccessRecord.fromRow(record) : null,
    history: versions.map(toVersion),
  };
}

function toVersion(version: AccessDisputeVersionEntity): AccessDisputeVersion {
  return {
    version: version.version,
    status: version.status as AccessDisputeStatusValue,
    text: version.text,
    answer: version.answer,
    changedByKind: version.changedByKind as DisputeChangedByValue,
    changedBy: version.changedBy,
    changedAt: version.changedAt,
    requestId: version.requestId,
    receipt: version.receipt,
  };
}
