import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { PublicJwk } from '@app/auth';
import { AgencySystemEntity } from '@app/access';

export const SYSTEM_KEY_STATUSES = ['pending', 'active', 'revoked'] as const;
export type SystemKeyStatus = (typeof SYSTEM_KEY_STATUSES)[number];

/**
 * A public key a system signs its client assertions with (RFC 7523). Keys registered with the
 * system are approved with it; a key added later is pending until a different administrator
 * approves it. A revoked key stays listed, so that what it signed can be explained later; it
 * never becomes active again.
 */
@Entity({ name: 'system_keys', schema: 'exchange' })
@Check('ck_system_keys_status', `status IN (${SYSTEM_KEY_STATUSES.map((s) => `'${s}'`).join(', ')})`)
@Check('ck_system_keys_revocation', `(status = 'revoked') = (revoked_at IS NOT NULL)`)
export class SystemKeyEntity {
  @PrimaryColumn({ type: 'varchar', length: 128 })
  clientId: string;

  @PrimaryColumn({ type: 'varchar', length: 128 })
  kid: string;

  @ManyToOne(() => AgencySystemEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_id', referencedColumnName: 'clientId' })
  system?: AgencySystemEntity;

  /** The public key as a JWK (kty, crv, x[, y], kid, alg, use): only public members are kept. */
  @Column({ type: 'jsonb' })
  publicJwk: PublicJwk;

  @Column({ type: 'varchar', length: 16 })
  status: SystemKeyStatus;

  @Column({ type: 'varchar', length: 128 })
  addedBy: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  addedAt: Date;

  /** Who approved a key added after registration (null for keys approved with their system). */
  @Column({ type: 'varchar', length: 128, nullable: true })
  approvedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  @Column({ type: 'varchar', length: 128, nullable: true })
  revokedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
