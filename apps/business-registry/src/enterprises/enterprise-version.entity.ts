import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { RecordVersionColumns } from '@app/database';
import { EnterpriseEntity } from './enterprise.entity';

/**
 * One version of an enterprise as the registry knew it from `recordedAt` on — the record
 * with its representatives, business lines and owners — with who changed it and why.
 * Together they are the enterprise's amendment history.
 */
@Entity({ name: 'enterprise_versions', schema: 'business' })
@Unique(['enterpriseId', 'version'])
@Index(['enterpriseId', 'recordedAt'])
export class EnterpriseVersionEntity extends RecordVersionColumns {
  @Column({ type: 'uuid' })
  enterpriseId: string;

  @ManyToOne(() => EnterpriseEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enterprise_id' })
  enterprise: EnterpriseEntity;

  /** register, change_status, add_representative, remove_representative, … */
  @Column({ type: 'varchar', length: 32 })
  changeKind: string;
}
