import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const CHANGE_REQUEST_KINDS = ['identity', 'vital_status', 'merge'] as const;
export type ChangeRequestKind = (typeof CHANGE_REQUEST_KINDS)[number];
export const CHANGE_REQUEST_STATUSES = ['pending', 'approved', 'rejected', 'superseded'] as const;
export type ChangeRequestStatus = (typeof CHANGE_REQUEST_STATUSES)[number];

const inList = (column: string, values: readonly string[]) =>
  `${column} IN (${values.map((v) => `'${v}'`).join(', ')})`;

/**
 * A sensitive change one steward asked for (identity fields, vital status, a merge). It
 * takes effect only when a second, different steward approves it, and only if the record
 * is still at the version the request was based on.
 */
@Entity({ name: 'change_requests', schema: 'population' })
@Check('ck_change_requests_kind', inList('kind', CHANGE_REQUEST_KINDS))
@Check('ck_change_requests_status', inList('status', CHANGE_REQUEST_STATUSES))
@Index(['status', 'requestedAt'])
export class ChangeRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 16 })
  kind: ChangeRequestKind;

  @Index()
  @Column({ type: 'uuid' })
  citizenId: string;

  @Column({ type: 'integer' })
  baseVersion: number;

  /** Column values to set (identity, vital status), or the survivor's id (merge). */
  @Column({ type: 'jsonb' })
  changes: Record<string, unknown>;

  @Column({ type: 'varchar', length: 500 })
  reason: string;

  @Column({ type: 'varchar', length: 64 })
  requestedBy: string;

  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  requestedAt: Date;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status: ChangeRequestStatus;

  @Column({ type: 'varchar', length: 64, nullable: true })
  decidedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  decisionNote: string | null;
}
