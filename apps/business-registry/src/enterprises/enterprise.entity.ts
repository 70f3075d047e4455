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
import { BranchEntity } from './branch.entity';
import { BusinessLineEntity } from './business-line.entity';
import { LegalRepresentativeEntity } from './legal-representative.entity';
import { OwnerEntity } from './owner.entity';

export const ENTERPRISE_STATUSES = [
  'active',
  'suspended',
  'dissolving',
  'dissolved',
  'bankrupt',
  'registration_revoked',
] as const;
export type EnterpriseStatus = (typeof ENTERPRISE_STATUSES)[number];

export const ENTERPRISE_TYPES = [
  'private_enterprise',
  'partnership',
  'single_member_llc',
  'multi_member_llc',
  'joint_stock_company',
  'cooperative',
  'household_business',
] as const;
export type EnterpriseType = (typeof ENTERPRISE_TYPES)[number];

const inList = (column: string, values: readonly string[]) =>
  `${column} IN (${values.map((v) => `'${v}'`).join(', ')})`;

/** An enterprise in the national business registration database. */
@Entity({ name: 'enterprises', schema: 'business' })
@Check('ck_enterprises_status', inList('status', ENTERPRISE_STATUSES))
@Check('ck_enterprises_type', `type IS NULL OR ${inList('type', ENTERPRISE_TYPES)}`)
@Check('ck_enterprises_charter_capital', 'charter_capital IS NULL OR charter_capital >= 0')
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

  @Column({ type: 'varchar', length: 255, nullable: true })
  foreignName: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  abbreviation: string | null;

  /** Nullable only for records from before the type was kept. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  type: EnterpriseType | null;

  @Column({ type: 'date', nullable: true })
  establishmentDate: string | null;

  @Column({ type: 'varchar', length: 3, nullable: true })
  headOfficeProvinceCode: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  headOfficeAddress: string | null;

  /** VND, an exact integer: numeric, read as a string, never a float. */
  @Column({ type: 'numeric', precision: 20, scale: 0, nullable: true })
  charterCapital: string | null;

  @OneToMany(() => BusinessLineEntity, (line) => line.enterprise)
  businessLines: BusinessLineEntity[];

  @OneToMany(() => OwnerEntity, (owner) => owner.enterprise)
  owners: OwnerEntity[];

  @OneToMany(() => BranchEntity, (branch) => branch.enterprise)
  branches: BranchEntity[];

  @OneToMany(() => LegalRepresentativeEntity, (representative) => representative.enterprise)
  legalRepresentatives: LegalRepresentativeEntity[];

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
