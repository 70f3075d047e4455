import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { AgencyEntity } from './agency.entity';

export const AGENCY_SYSTEM_STATUSES = ['pending', 'active', 'suspended', 'revoked'] as const;
export type AgencySystemStatus = (typeof AGENCY_SYSTEM_STATUSES)[number];

/** OAuth client ids: lower-case, 3–128 characters, e.g. `bhxh-demo`. */
export const CLIENT_ID_PATTERN = /^[a-z0-9][a-z0-9._-]{2,127}$/;

/**
 * One of an agency's systems (an OAuth client): it authenticates at the token endpoint with
 * a private key whose public half is registered here, and only once a second administrator
 * has approved it.
 */
@Entity({ name: 'agency_systems', schema: 'access' })
@Check('ck_agency_systems_status', `status IN (${AGENCY_SYSTEM_STATUSES.map((s) => `'${s}'`).join(', ')})`)
@Check('ck_agency_systems_client_id', `client_id ~ '^[a-z0-9][a-z0-9._-]{2,127}$'`)
export class AgencySystemEntity {
  @PrimaryColumn({ type: 'varchar', length: 128 })
  clientId: string;

  @Index()
  @Column({ type: 'varchar', length: 32 })
  agencyCode: string;

  @ManyToOne(() => AgencyEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_code', referencedColumnName: 'code' })
  agency?: AgencyEntity;

  @Column({ type: 'varchar', length: 255 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  status: AgencySystemStatus;

  @Column({ type: 'varchar', length: 128 })
  registeredBy: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  registeredAt: Date;

  @Column({ type: 'varchar', length: 128, nullable: true })
  approvedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  /** Who suspended it, while it is suspended: they cannot alone resume it. */
  @Column({ type: 'varchar', length: 128, nullable: true })
  suspendedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  suspendedAt: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
