import { Column, CreateDateColumn, Entity, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { EnterpriseEntity } from './enterprise.entity';

/**
 * A legal representative of an enterprise. Only the person's ID number is kept here:
 * the population registry owns the person, and resolves it through federation.
 */
@Entity({ name: 'legal_representatives', schema: 'business' })
@Unique(['enterprise', 'personalIdNumber'])
export class LegalRepresentativeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => EnterpriseEntity, (enterprise) => enterprise.legalRepresentatives, {
    nullable: false,
    onDelete: 'CASCADE',
  })
  enterprise: EnterpriseEntity;

  @Column({ type: 'char', length: 12 })
  personalIdNumber: string;

  /** The title in the registration, e.g. "Giám đốc", "Chủ tịch Hội đồng quản trị". */
  @Column({ type: 'varchar', length: 150 })
  title: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
