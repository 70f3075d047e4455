import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { EnterpriseEntity } from './enterprise.entity';

/**
 * One version of an enterprise as the registry knew it from `recordedAt` on — the record
 * with its representatives, business lines and owners — with who changed it and why.
 * Together they are the enterprise's amendment history.
 */
@Entity({ name: 'enterprise_versions', schema: 'business' })
@Unique(['enterpriseId', 'version'])
@Index(['enterpriseId', 'recordedAt'])
export class EnterpriseVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  enterpriseId: string;

  @ManyToOne(() => EnterpriseEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enterprise_id' })
  enterprise: EnterpriseEntity;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'jsonb' })
  snapshot: Record<string, unknown>;

  /** register, change_status, add_representative, remove_representative, … */
  @Column({ type: 'varchar', length: 32 })
  changeKind: string;

  @Column({ type: 'varchar', length: 500 })
  reason: string;

  @Column({ type: 'varchar', length: 64 })
  changedBy: string;

  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  recordedAt: Date;
}
