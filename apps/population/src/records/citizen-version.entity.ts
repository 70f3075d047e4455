import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { RecordVersionColumns } from '@app/database';
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
export class CitizenVersionEntity extends RecordVersionColumns {
  @Column({ type: 'uuid' })
  citizenId: string;

  @ManyToOne(() => CitizenEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'citizen_id' })
  citizen: CitizenEntity;

  @Column({ type: 'varchar', length: 16 })
  changeKind: ChangeKind;
}
