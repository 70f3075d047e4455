import { Check, Column, Index, Entity, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EnterpriseEntity } from './enterprise.entity';

/**
 * An owner or member with a capital contribution: a citizen (by personal ID number), an
 * enterprise (by code), or another party known only by name (a foreign investor).
 */
@Entity({ name: 'owners', schema: 'business' })
@Check('ck_owners_party', 'num_nonnulls(personal_id_number, enterprise_code, name) = 1')
@Check('ck_owners_contribution', 'capital_contribution >= 0')
// The enterprise's snapshot and its lists look owners and branches up by enterprise.
@Index(['enterprise'])
export class OwnerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => EnterpriseEntity, (enterprise) => enterprise.owners, { nullable: false, onDelete: 'CASCADE' })
  enterprise: EnterpriseEntity;

  @Column({ type: 'char', length: 12, nullable: true })
  personalIdNumber: string | null;

  @Column({ type: 'char', length: 10, nullable: true })
  enterpriseCode: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  name: string | null;

  /** VND, exact. */
  @Column({ type: 'numeric', precision: 20, scale: 0 })
  capitalContribution: string;
}
