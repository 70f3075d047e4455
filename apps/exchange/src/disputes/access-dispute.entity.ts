import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DISPUTE_STATUSES, type DisputeStatus } from './access-dispute-transitions';

/** The longest text a citizen or an auditor writes on a dispute. */
export const MAX_DISPUTE_TEXT = 2000;

const inList = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

/**
 * A citizen's "I do not recognise this read" on one entry of their access log, and the
 * auditor's answer. The entry is named by its seq only: the log belongs to the access core,
 * and its records never change, so the seq is enough to find it again. Versioned: every change
 * bumps `version` and keeps the state it replaced in access_dispute_versions.
 */
@Entity({ name: 'access_disputes', schema: 'exchange' })
// One dispute at a time per entry: the database holds the rule, so two racing requests cannot both open one.
@Index('uq_access_disputes_open_entry', ['entrySeq'], {
  unique: true,
  where: `status IN ('open', 'under_review')`,
})
@Index('ix_access_disputes_personal_id_number_opened_at', ['personalIdNumber', 'openedAt'])
@Index('ix_access_disputes_status_opened_at', ['status', 'openedAt', 'id'])
@Check('ck_access_disputes_status', `status IN (${inList(DISPUTE_STATUSES)})`)
@Check('ck_access_disputes_version', 'version >= 1')
export class AccessDisputeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The disputed access record's seq (decimal text: a bigint). */
  @Column({ type: 'bigint' })
  entrySeq: string;

  @Column({ type: 'varchar', length: 12 })
  personalIdNumber: string;

  @Column({ type: 'varchar', length: MAX_DISPUTE_TEXT })
  text: string;

  @Column({ type: 'varchar', length: 16 })
  status: DisputeStatus;

  @Column({ type: 'varchar', length: MAX_DISPUTE_TEXT, nullable: true })
  answer: string | null;

  /** The auditor who took it up. */
  @Column({ type: 'varchar', length: 128, nullable: true })
  reviewedBy: string | null;

  /** The auditor who decided it. */
  @Column({ type: 'varchar', length: 128, nullable: true })
  decidedBy: string | null;

  @Column({ type: 'timestamptz' })
  openedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'integer' })
  version: number;
}
