import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  countAccessRecords,
  countAccessRecordsByDay,
  readAccessRecords,
  logCheckpointOf,
  readCheckpoint,
  storedConsistencyProof,
  subjectAccessLog,
  type AccessLogConnection,
  type AccessLogCounts,
  type AccessRecordFilter,
  type AccessRecordPage,
  type DayCount,
  type Query,
  type StoredCheckpoint,
  type SubjectLogRequest,
} from '@app/access';
import { describePrincipal, type CitizenPrincipal, type OperatorPrincipal, type Principal } from '@app/auth';
import { InvalidInputError } from '@app/errors';
import { CursorCodec } from '@app/pagination';
import { agencyScopeOf } from '../agencies/agency-scope';
import { CheckpointService } from './checkpoint.service';
import { CheckpointNotFoundError, LogSizeOutOfRangeError, LogSizesReversedError } from './log-consistency.errors';
import type { LogConsistency } from './log-consistency.model';

/** The longest period a report is counted per day for: a year, and a leap day. */
export const MAX_REPORT_DAYS = 366;

export type AccessRecordQuery = Omit<AccessRecordFilter, 'after'> & { after: string | null };

/**
 * Reading the access log: a citizen their own tracker, auditors counts and records (an agency
 * its own agency's records only), operators a checkpoint on demand. The records are read
 * through libs/access, which owns the log's tables.
 */
@Injectable()
export class AccessLogQueriesService {
  private readonly logger = new Logger('AccessLogQueries');
  private readonly query: Query;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly checkpoints: CheckpointService,
    private readonly cursors: CursorCodec,
  ) {
    this.query = (sql, parameters) => dataSource.query(sql, parameters);
  }

  /** Every release of the citizen's data, newest first (sealed entries reduced). */
  myAccessLog(citizen: CitizenPrincipal, request: SubjectLogRequest): Promise<AccessLogConnection> {
    return subjectAccessLog(this.query, { kind: 'citizen', id: citizen.personalIdNumber }, request, this.cursors);
  }

  /** Records in full, newest first; an agency caller gets its own agency's, and is refused another's. */
  accessRecords(caller: Principal, filter: AccessRecordQuery): Promise<AccessRecordPage> {
    const agencyCode = agencyScopeOf(caller, filter.agencyCode);
    checkWindow(filter);
    return readAccessRecords(this.query, {
      ...filter,
      agencyCode,
      after: filter.after ? this.cursors.decode('accessLog', filter.after) : null,
    });
  }

  /** Counts for a period, an agency and a purpose. */
  report(
    operator: OperatorPrincipal,
    filter: { agencyCode: string | null; purpose: string | null; from: Date; to: Date },
  ): Promise<AccessLogCounts> {
    checkWindow(filter);
    this.logger.log(`${describePrincipal(operator)} counted the access log (${filter.agencyCode ?? 'all agencies'})`);
    return countAccessRecords(this.query, filter);
  }

  /** The report's counts per day in Vietnam, for a period of at most MAX_REPORT_DAYS days. */
  byDay(filter: { agencyCode: string | null; purpose: string | null; from: Date; to: Date }): Promise<DayCount[]> {
    checkWindow(filter);
    if (filter.to.getTime() - filter.from.getTime() > MAX_REPORT_DAYS * 86_400_000) {
      throw new InvalidInputError(
        'to',
        `byDay: the period must be at most ${MAX_REPORT_DAYS} days`,
        'REPORT_PERIOD_TOO_LONG',
      );
    }
    return countAccessRecordsByDay(this.query, filter);
  }

  /**
   * The proof that the checkpoint of `toSize` records extends the one of `fromSize`, with both
   * checkpoints: public, since it names no one (hashes and signed sizes only).
   */
  async logConsistency(fromSize: number, toSize: number): Promise<LogConsistency> {
    if (fromSize > toSize) throw new LogSizesReversedError(fromSize, toSize);
    const newest = await readCheckpoint(this.query);
    const newestSize = newest?.size ?? 0;
    if (toSize > newestSize) throw new LogSizeOutOfRangeError('toSize', toSize, newestSize);
    const [from, to] = await Promise.all([readCheckpoint(this.query, fromSize), readCheckpoint(this.query, toSize)]);
    if (!from) throw new CheckpointNotFoundError('fromSize', fromSize);
    if (!to) throw new CheckpointNotFoundError('toSize', toSize);
    return {
      fromSize: String(fromSize),
      toSize: String(toSize),
      proof: await storedConsistencyProof(this.query, fromSize, toSize),
      from: logCheckpointOf(from),
      to: logCheckpointOf(to),
    };
  }

  /** Signs the log's head now; the stored checkpoint of that size (null: the log is empty). */
  async createCheckpoint(operator: OperatorPrincipal): Promise<StoredCheckpoint | null> {
    const signed = await this.checkpoints.checkpoint();
    if (!signed) return null;
    // Another instance may have signed this size first: answer with the one stored.
    const stored = await readCheckpoint(this.query, signed.size);
    this.logger.log(`${describePrincipal(operator)} asked for a checkpoint: size ${signed.size}`);
    return stored;
  }
}

function checkWindow(window: { from: Date; to: Date }): void {
  if (window.to.getTime() <= window.from.getTime()) throw new InvalidInputError('to', 'must be later than from');
}
