import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const FINDING_STATUSES = ['open', 'resolved'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

/**
 * Something about a record a steward should look at: an ID number that does not match the
 * recorded birth year or sex (found at registration), or anything a steward notes. Findings
 * never block a record; they are opened and resolved, and both are kept.
 */
@Entity({ name: 'data_quality_findings', schema: 'population' })
@Check('ck_data_quality_findings_status', `status IN ('open', 'resolved')`)
@Index(['status', 'openedAt'])
export class DataQualityFindingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  citizenId: string;

  /** BIRTH_YEAR_MISMATCH, SEX_MISMATCH, or a steward's own SCREAMING_SNAKE kind. */
  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Column({ type: 'varchar', length: 500 })
  message: string;

  @Column({ type: 'varchar', length: 16, default: 'open' })
  status: FindingStatus;

  /** A steward's id, or `system` for findings the registry opened itself. */
  @Column({ type: 'varchar', length: 64 })
  openedBy: string;

  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  openedAt: Date;

  @Column({ type: 'varchar', length: 64, nullable: true })
  resolvedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  resolution: string | null;
}
