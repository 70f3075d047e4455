import { Check, Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A purpose an agency may read for (SOCIAL_INSURANCE_ENROLMENT): agreements, tokens and
 * consents name it by code, and citizens read its text beside every read made for it.
 */
@Entity({ name: 'purposes', schema: 'access' })
@Check('ck_purposes_code', `code ~ '^[A-Z][A-Z0-9_]{1,63}$'`)
export class PurposeEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  code: string;

  /** What a citizen reads in the access log and when asked for consent. */
  @Column({ type: 'text' })
  textVi: string;

  @Column({ type: 'text' })
  textEn: string;

  /** Read for on the citizen's consent (a bank's KYC): a token for it needs no agreement. */
  @Column({ type: 'boolean', default: false })
  consentBased: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
