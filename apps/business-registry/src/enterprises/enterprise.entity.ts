import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { LegalRepresentativeEntity } from './legal-representative.entity';

export const ENTERPRISE_STATUSES = [
  'active',
  'suspended',
  'dissolving',
  'dissolved',
  'bankrupt',
  'registration_revoked',
] as const;
export type EnterpriseStatus = (typeof ENTERPRISE_STATUSES)[number];

/** An enterprise in the national business registration database. */
@Entity({ name: 'enterprises', schema: 'business' })
@Check('ck_enterprises_status', `status IN (${ENTERPRISE_STATUSES.map((status) => `'${status}'`).join(', ')})`)
export class EnterpriseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Mã số doanh nghiệp: 10 digits with a check digit; also the tax and social-insurance code. */
  @Column({ type: 'char', length: 10, unique: true })
  enterpriseCode: string;

  /** The Vietnamese name. */
  @Column({ type: 'varchar', length: 255 })
  name: string;

  @Column({ type: 'varchar', length: 32 })
  status: EnterpriseStatus;

  @OneToMany(() => LegalRepresentativeEntity, (representative) => representative.enterprise)
  legalRepresentatives: LegalRepresentativeEntity[];

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
