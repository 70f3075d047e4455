import { Check, Column, Index, CreateDateColumn, Entity, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EnterpriseEntity } from './enterprise.entity';

export const BRANCH_KINDS = ['branch', 'representative_office'] as const;
export type BranchKind = (typeof BRANCH_KINDS)[number];

/** A branch or representative office: its own 13-character code, the parent's code plus a suffix. */
@Entity({ name: 'branches', schema: 'business' })
@Check('ck_branches_kind', `kind IN ('branch', 'representative_office')`)
// The enterprise's snapshot and its lists look owners and branches up by enterprise.
@Index(['enterprise'])
export class BranchEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => EnterpriseEntity, (enterprise) => enterprise.branches, { nullable: false, onDelete: 'CASCADE' })
  enterprise: EnterpriseEntity;

  /** NNNNNNNNNN-NNN */
  @Column({ type: 'char', length: 14, unique: true })
  branchCode: string;

  @Column({ type: 'varchar', length: 24 })
  kind: BranchKind;

  @Column({ type: 'varchar', length: 255 })
  name: string;

  @Column({ type: 'varchar', length: 3 })
  provinceCode: string;

  @Column({ type: 'varchar', length: 255 })
  address: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
