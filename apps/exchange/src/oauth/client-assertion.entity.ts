import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Client assertions already used at the token endpoint (RFC 7523 §3: a `jti` must not be
 * replayed). Kept until the assertion would have expired anyway, then pruned.
 */
@Entity({ name: 'client_assertions', schema: 'exchange' })
@Index('ix_client_assertions_expires_at', ['expiresAt'])
export class ClientAssertionEntity {
  @PrimaryColumn({ type: 'varchar', length: 128 })
  clientId: string;

  @PrimaryColumn({ type: 'varchar', length: 255 })
  jti: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  usedAt: Date;
}
