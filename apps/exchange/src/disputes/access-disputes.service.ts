import { pageByTimeAndId } from '@app/pagination';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AccessLogWriter, CommitRefusedError, readAccessRecord, type AccessRecordRow, type Query } from '@app/access';
import { DomainError, StaleVersionError } from '@app/errors';
import { describePrincipal, type CitizenPrincipal, type OperatorPrincipal } from '@app/auth';
import { currentRequestId } from '@app/observability';
import { isDisputeOpen, nextDisputeStatus, type DisputeStep } from './access-dispute-transitions';
import { AccessDisputeVersionEntity } from './access-dispute-version.entity';
import { AccessDisputeEntity } from './access-dispute.entity';
import {
  AccessDisputeAlreadyOpenError,
  AccessDisputeNotFoundError,
  AccessDisputeStateError,
  AccessEntryNotFoundError,
  DisputeReadNotRecordedError,
} from './access-dispute.errors';
import type { AccessDispute, AccessDisputeStatusValue } from './access-dispute.model';
import { AccessDisputeReceipts } from './access-dispute-receipts.service';
import { toAccessDispute } from './access-dispute-views';
import { auditorReadRecords } from './auditor-read-record';

const disputeRecord = (id: string) => ({ name: `Access dispute ${id}`, key: { id } });

const UNIQUE_VIOLATION = '23505';
const OPEN_STATUSES = ['open', 'under_review'] as const;
/** A citizen's own list is not paged: more disputes than this are a matter for the auditors. */
const MY_DISPUTES_LIMIT = 500;

export interface DisputePosition {
  at: Date;
  id: string;
}

export interface AccessDisputePage {
  disputes: AccessDispute[];
  end: DisputePosition | null;
  hasNextPage: boolean;
}

/**
 * Disputes of access-log entries: a citizen opens one on an entry of their own log and follows
 * it; auditors take it up and decide it. Each change is one transaction that writes the new
 * state and keeps it as a version (who, when, under which request), and one log line under
 * the request id, as a consent's grant. Whatever an auditor is shown of a dispute is recorded
 * in the access log before the response leaves: if it cannot be, nothing is shown.
 */
@Injectable()
export class AccessDisputesService {
  private readonly logger = new Logger('AccessDisputes');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogWriter,
    private readonly receipts: AccessDisputeReceipts,
  ) {}

  /** Opens a dispute on entry `seq` of the citizen's own log: one not theirs, or sealed to them, is not found. */
  async open(citizen: CitizenPrincipal, seq: string, text: string): Promise<AccessDispute> {
    const now = new Date();
    try {
      const opened = await this.dataSource.transaction(async (manager) => {
        const record = await readAccessRecord(queryOf(manager), seq);
        if (!record || !isOwnOpenEntry(record, citizen)) throw new AccessEntryNotFoundError(seq);
        const open = await manager.findOne(AccessDisputeEntity, {
          where: { entrySeq: seq, status: In([...OPEN_STATUSES]) },
        });
        if (open) throw new AccessDisputeAlreadyOpenError(seq, open.id);
        const dispute = await manager.save(
          manager.create(AccessDisputeEntity, {
            entrySeq: seq,
            personalIdNumber: citizen.personalIdNumber,
            text,
            status: 'open',
            answer: null,
            reviewedBy: null,
            decidedBy: null,
            openedAt: now,
            reviewedAt: null,
            decidedAt: null,
            updatedAt: now,
            version: 1,
          }),
        );
        const version = await manager.save(this.newVersion(dispute, 'citizen', citizen.personalIdNumber));
        return toAccessDispute(dispute, [version], record, false);
      });
      this.logger.log(`${describePrincipal(citizen)} disputed access entry ${seq}: dispute ${opened.id}`);
      return opened;
    } catch (error) {
      // Two requests raced to open one: the index let the first in.
      if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
      const open = await this.dataSource.manager.findOneByOrFail(AccessDisputeEntity, {
        entrySeq: seq,
        status: In([...OPEN_STATUSES]),
      });
      throw new AccessDisputeAlreadyOpenError(seq, open.id);
    }
  }

  /** The citizen's own disputes, newest first. */
  async mine(citizen: CitizenPrincipal): Promise<AccessDispute[]> {
    const disputes = await this.dataSource.manager.find(AccessDisputeEntity, {
      where: { personalIdNumber: citizen.personalIdNumber },
      order: { openedAt: 'DESC', id: 'DESC' },
      take: MY_DISPUTES_LIMIT,
    });
    return this.views(disputes, false);
  }

  /** Disputes for auditors, oldest first (the queue to answer); the read is recorded. */
  async list(
    auditor: OperatorPrincipal,
    filter: { status: AccessDisputeStatusValue | null; first: number; after: DisputePosition | null },
  ): Promise<AccessDisputePage> {
    const query = this.dataSource.manager.createQueryBuilder(AccessDisputeEntity, 'd');
    if (filter.status) query.where('d.status = :status', { status: filter.status });
    const page = await pageByTimeAndId(query, 'opened_at', (row) => row.openedAt, filter);
    const disputes = await this.views(page.rows, true);
    await this.recordRead(auditor, disputes);
    return { disputes, end: page.end, hasNextPage: page.hasNextPage };
  }

  /** One dispute, for an auditor; the read is recorded. */
  async get(auditor: OperatorPrincipal, id: string): Promise<AccessDispute> {
    const dispute = await this.dataSource.manager.findOneBy(AccessDisputeEntity, { id });
    if (!dispute) throw new AccessDisputeNotFoundError(id);
    const [view] = await this.views([dispute], true);
    await this.recordRead(auditor, [view]);
    return view;
  }

  /** OPEN → UNDER_REVIEW: an auditor takes it up, so the citizen sees someone is looking. */
  review(auditor: OperatorPrincipal, id: string, expectedVersion: number): Promise<AccessDispute> {
    return this.change(auditor, id, expectedVersion, 'review', null);
  }

  /** UNDER_REVIEW → ANSWERED | UPHELD | REJECTED, with the answer the citizen reads. */
  answer(
    auditor: OperatorPrincipal,
    id: string,
    expectedVersion: number,
    outcome: 'answered' | 'upheld' | 'rejected',
    answer: string,
  ): Promise<AccessDispute> {
    return this.change(auditor, id, expectedVersion, { outcome }, answer);
  }

  /**
   * One auditor's step, committed in the access log's transaction together with the record
   * of the auditor's read of the result: both or neither, so a change is never made without
   * the read it shows being recorded, and a retry after ACCESS_LOG_UNAVAILABLE is served.
   * The dispute is checked first without a lock (a refusal costs the log nothing), then again,
   * locked, in the log's transaction: a change that slipped in between makes it STALE_VERSION.
   */
  private async change(
    auditor: OperatorPrincipal,
    id: string,
    expectedVersion: number,
    step: DisputeStep,
    answer: string | null,
  ): Promise<AccessDispute> {
    const dispute = await this.dataSource.manager.findOneBy(AccessDisputeEntity, { id });
    if (!dispute) throw new AccessDisputeNotFoundError(id);
    if (dispute.version !== expectedVersion) {
      throw new StaleVersionError(disputeRecord(id), expectedVersion, dispute.version);
    }
    const next = nextDisputeStatus(dispute.status, step);
    if (!next) {
      throw new AccessDisputeStateError(id, dispute.status, step === 'review' ? 'taken up' : `decided ${step.outcome}`);
    }
    const now = new Date();
    const changes: Partial<AccessDisputeEntity> =
      step === 'review'
        ? { status: next, reviewedBy: auditor.operatorId, reviewedAt: now }
        : { status: next, answer, decidedBy: auditor.operatorId, decidedAt: now };
    Object.assign(changes, { updatedAt: now, version: expectedVersion + 1 });
    const changed = Object.assign(new AccessDisputeEntity(), dispute, changes);
    const version = this.newVersion(changed, 'auditor', auditor.operatorId);
    // What the auditor is shown, and what the log records they saw: the state about to be stored.
    const [view] = await this.views([changed], true, [version]);
    const stored = async (manager: EntityManager): Promise<StaleVersionError | null> => {
      const locked = await manager.findOne(AccessDisputeEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (locked!.version !== expectedVersion) {
        return new StaleVersionError(disputeRecord(id), expectedVersion, locked!.version);
      }
      await manager.update(AccessDisputeEntity, { id }, changes);
      await manager.insert(AccessDisputeVersionEntity, version);
      return null;
    };
    await this.recordRead(auditor, [view], stored);
    this.logger.log(
      `${describePrincipal(auditor)} ${isDisputeOpen(changed.status) ? 'took up' : `decided (${changed.status})`} access dispute ${id}, version ${changed.version}`,
    );
    return view;
  }

  /** The dispute's new state as a version, with its signed receipt. */
  private newVersion(
    dispute: AccessDisputeEntity,
    changedByKind: 'citizen' | 'auditor',
    changedBy: string,
  ): AccessDisputeVersionEntity {
    const requestId = currentRequestId() ?? null;
    return Object.assign(new AccessDisputeVersionEntity(), {
      disputeId: dispute.id,
      version: dispute.version,
      status: dispute.status,
      text: dispute.text,
      answer: dispute.answer,
      changedByKind,
      changedBy,
      changedAt: dispute.updatedAt,
      requestId,
      receipt: this.receipts.sign(dispute, { kind: changedByKind, id: changedBy }, requestId),
    });
  }

  /** The disputes with their history (and `pending` versions not yet stored) and their entries, in the order given. */
  private async views(
    disputes: AccessDisputeEntity[],
    forAuditor: boolean,
    pending: AccessDisputeVersionEntity[] = [],
  ): Promise<AccessDispute[]> {
    if (disputes.length === 0) return [];
    const stored = await this.dataSource.manager.find(AccessDisputeVersionEntity, {
      where: { disputeId: In(disputes.map((dispute) => dispute.id)) },
      order: { version: 'ASC' },
    });
    const versions = [...stored, ...pending];
    const query = queryOf(this.dataSource.manager);
    const records = new Map<string, AccessRecordRow>();
    for (const seq of new Set(disputes.map((dispute) => dispute.entrySeq))) {
      const record = await readAccessRecord(query, seq);
      // The log is append-only: a disputed entry cannot have gone.
      if (!record) throw new Error(`access record ${seq} of a dispute is missing from the log`);
      records.set(seq, record);
    }
    return disputes.map((dispute) =>
      toAccessDispute(
        dispute,
        versions.filter((version) => version.disputeId === dispute.id),
        records.get(dispute.entrySeq)!,
        forAuditor,
      ),
    );
  }

  /**
   * Durable before the response leaves, as every read of personal data; with `effect`, the
   * change the response shows commits in the same transaction as the record, or neither does.
   */
  private async recordRead(
    auditor: OperatorPrincipal,
    disputes: AccessDispute[],
    effect?: (manager: EntityManager) => Promise<DomainError | null>,
  ): Promise<void> {
    const requestId = currentRequestId() ?? 'unknown';
    try {
      await this.accessLog.write(auditorReadRecords(auditor, disputes, requestId), effect);
    } catch (error) {
      if (error instanceof CommitRefusedError && error.refusal instanceof DomainError) throw error.refusal;
      this.logger.error(`the read of ${disputes.length} access disputes was not recorded: ${(error as Error).message}`);
      throw new DisputeReadNotRecordedError();
    }
  }
}

function queryOf(manager: EntityManager): Query {
  return (sql, parameters) => manager.query(sql, parameters);
}

/** An entry of the citizen's own tracker: a release of their data, not sealed to them now. */
function isOwnOpenEntry(record: AccessRecordRow, citizen: CitizenPrincipal): boolean {
  return (
    record.subject_kind === 'citizen' &&
    record.subject_id === citizen.personalIdNumber &&
    record.outcome === 'released' &&
    !record.sealed
  );
}
