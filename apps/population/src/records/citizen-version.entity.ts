import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CitizenEntity } from './citizen.entity';

export const CHANGE_KINDS = ['register', 'correct', 'identity', 'vital_status', 'merge'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/**
 * One version of a citizen's record as the registry knew it from `recordedAt` on: the full
 * record, who made the change, and why. Written in the same transaction as the change.
 */
@Entity({ name: 'citizen_versions', schema: 'population' })
@Unique(['citizenId', 'version'])
@Index(['citizenId', 'recordedAt'])
export class CitizenVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  citizenId: string;

  @ManyToOne(() => CitizenEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'citizen_id' })
  citizen: CitizenEntity;

  @Column({ type: 'integer' })
  version: number;

  /** The whole record at this version, as stored in population.citizens. */
  @Column({ type: 'jsonb' })
  snapshot: Record<string, unknown>;

  @Column({ type: 'varchar', length: 16 })
  changeKind: ChangeKind;

  @Column({ type: 'varchar', length: 500 })
  reason: string;

  /** The steward who made the change. */
  @Column({ type: 'varchar', length: 64 })
  changedBy: string;

  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  recordedAt: Date;
}
