import { Check, Column, CreateDateColumn, Entity, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const AGENCY_LEVELS = ['central', 'provincial', 'commune', 'private'] as const;
export type AgencyLevel = (typeof AGENCY_LEVELS)[number];
export const AGENCY_STATUSES = ['pending', 'active', 'suspended'] as const;
export type AgencyStatus = (typeof AGENCY_STATUSES)[number];

/** An organisation that reads from the registry: a state agency, or a service under consent. */
@Entity({ name: 'agencies', schema: 'access' })
@Check('ck_agencies_level', `level IN (${AGENCY_LEVELS.map((level) => `'${level}'`).join(', ')})`)
@Check('ck_agencies_status', `status IN (${AGENCY_STATUSES.map((status) => `'${status}'`).join(', ')})`)
export class AgencyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** A short stable code, e.g. GDT (General Department of Taxation). */
  @Column({ type: 'varchar', length: 32, unique: true })
  code: string;

  /** The name citizens read in their access log. */
  @Column({ type: 'varchar', length: 255 })
  nameVi: string;

  @Column({ type: 'varchar', length: 16 })
  level: AgencyLevel;

  @Column({ type: 'varchar', length: 16 })
  status: AgencyStatus;

  @ManyToOne(() => AgencyEntity, { nullable: true, onDelete: 'RESTRICT' })
  parent: AgencyEntity | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
