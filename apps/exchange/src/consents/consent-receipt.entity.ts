import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ConsentEntity } from '@app/access';

export const CONSENT_EVENTS = ['granted', 'paused', 'resumed', 'revoked'] as const;
export type ConsentEvent = (typeof CONSENT_EVENTS)[number];

/**
 * A signed receipt of one event in a consent's life. Written once, never changed: the JWS
 * is what the citizen and the agency keep as proof.
 */
@Entity({ name: 'consent_receipts', schema: 'exchange' })
@Index('ix_consent_receipts_consent_id', ['consentId', 'issuedAt'])
@Check('ck_consent_receipts_event', `event IN (${CONSENT_EVENTS.map((event) => `'${event}'`).join(', ')})`)
export class ConsentReceiptEntity {
  /** Also the receipt's `jti`. */
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid' })
  consentId: string;

  @ManyToOne(() => ConsentEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'consent_id' })
  consent?: ConsentEntity;

  @Column({ type: 'varchar', length: 16 })
  event: ConsentEvent;

  @Column({ type: 'timestamptz' })
  issuedAt: Date;

  @Column({ type: 'text' })
  jws: string;
}
