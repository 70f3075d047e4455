import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Once, or again within the window: how a consent (and the request for it) lets the agency fetch. */
export const FETCH_TYPES = ['one_time', 'periodic'] as const;
export type FetchType = (typeof FETCH_TYPES)[number];
export const CONSENT_STATUSES = ['active', 'paused', 'revoked', 'spent'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

const inList = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

/**
 * A citizen's consent: the granted part of a request. The policy reads the active rows with
 * plain SQL (agency, purpose, subject, status, window), hence the index; it also counts uses
 * and marks a one-time consent spent. "Expired" is not stored: valid_to <= now().
 */
@Entity({ name: 'consents', schema: 'access' })
@Index('ix_consents_agency_code_purpose_personal_id_number_status', [
  'agencyCode',
  'purpose',
  'personalIdNumber',
  'status',
])
@Index('uq_consents_request_id', ['requestId'], { unique: true })
@Check('ck_consents_status', `status IN (${inList(CONSENT_STATUSES)})`)
@Check('ck_consents_fetch_type', `fetch_type IN (${inList(FETCH_TYPES)})`)
@Check('ck_consents_window', `valid_to > valid_from`)
@Check('ck_consents_categories', `cardinality(categories) > 0`)
@Check('ck_consents_use_count', `use_count >= 0 AND uses_today >= 0`)
export class ConsentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /**
   * The exchange's consent request this answers (exchange.consent_requests). No foreign key: the
   * access core keeps no key into the exchange's workflow, which may change without it.
   */
  @Column({ type: 'uuid' })
  requestId: string;

  @Column({ type: 'varchar', length: 32 })
  agencyCode: string;

  @Column({ type: 'varchar', length: 12 })
  personalIdNumber: string;

  @Column({ type: 'varchar', length: 64 })
  purpose: string;

  /** A subset of the request's categories. */
  @Column({ type: 'text', array: true })
  categories: string[];

  @Column({ type: 'timestamptz' })
  validFrom: Date;

  @Column({ type: 'timestamptz' })
  validTo: Date;

  @Column({ type: 'varchar', length: 16 })
  fetchType: FetchType;

  @Column({ type: 'integer', nullable: true })
  maxReadsPerDay: number | null;

  @Column({ type: 'integer' })
  dataLifeDays: number;

  @Column({ type: 'varchar', length: 16 })
  status: ConsentStatus;

  @Column({ type: 'timestamptz' })
  grantedAt: Date;

  @Column({ type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  /** Reads made through the consent (the policy counts them). */
  @Column({ type: 'integer', default: 0 })
  useCount: number;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  /** Reads on `uses_day` (Vietnam's calendar day), for the daily cap of a periodic consent. */
  @Column({ type: 'integer', default: 0 })
  usesToday: number;

  @Column({ type: 'date', nullable: true })
  usesDay: string | null;
}
