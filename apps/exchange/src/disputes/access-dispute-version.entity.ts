import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { DISPUTE_STATUSES, type DisputeStatus } from './access-dispute-transitions';
import { AccessDisputeEntity, MAX_DISPUTE_TEXT } from './access-dispute.entity';

const inList = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

/**
 * One state of a dispute, as it was written: who wrote it (the citizen who opened it, the
 * auditor who took it up or decided it), when, under which request. Written once, never
 * changed; the newest row of a dispute is its current state.
 */
@Entity({ name: 'access_dispute_versions', schema: 'exchange' })
@Check('ck_access_dispute_versions_status', `status IN (${inList(DISPUTE_STATUSES)})`)
@Check('ck_access_dispute_versions_changed_by_kind', `changed_by_kind IN ('citizen', 'auditor')`)
export class AccessDisputeVersionEntity {
  @PrimaryColumn({ type: 'uuid' })
  disputeId: string;

  @PrimaryColumn({ type: 'integer' })
  version: number;

  @ManyToOne(() => AccessDisputeEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'dispute_id' })
  dispute?: AccessDisputeEntity;

  @Column({ type: 'varchar', length: 16 })
  status: DisputeStatus;

  @Column({ type: 'varchar', length: MAX_DISPUTE_TEXT })
  text: string;

  @Column({ type: 'varchar', length: MAX_DISPUTE_TEXT, nullable: true })
  answer: string | null;

  @Column({ type: 'varchar', length: 16 })
  changedByKind: 'citizen' | 'auditor';

  /** The citizen's personal ID number, or the auditor's id. */
  @Column({ type: 'varchar', length: 128 })
  changedBy: string;

  @Column({ type: 'timestamptz' })
  changedAt: Date;

  /** The registry's id of the request that wrote it: the application log's lines carry the same. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId: string | null;

  /** This state's receipt: a JWS (typ access-dispute-receipt+jwt) signed with the registry's key. */
  @Column({ type: 'text' })
  receipt: string;
}
