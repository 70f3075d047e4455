import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { EnterpriseEntity } from './enterprise.entity';

/** A line of business by VSIC code (2018 or 2025 edition); one per enterprise is the main line. */
@Entity({ name: 'business_lines', schema: 'business' })
@Unique(['enterprise', 'vsicVersion', 'code'])
@Index('ux_business_lines_main', ['enterprise'], { unique: true, where: 'is_main' })
export class BusinessLineEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => EnterpriseEntity, (enterprise) => enterprise.businessLines, { nullable: false, onDelete: 'CASCADE' })
  enterprise: EnterpriseEntity;

  /** VSIC2018 or VSIC2025. */
  @Column({ type: 'varchar', length: 8 })
  vsicVersion: string;

  /** The code at its deepest known level: a section letter or 2–5 digits. */
  @Column({ type: 'varchar', length: 5 })
  code: string;

  @Column({ type: 'boolean', default: false })
  isMain: boolean;
}
