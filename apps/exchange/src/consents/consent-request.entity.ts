import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { FETCH_TYPES, type FetchType } from '@app/access';

/** How often a consent lets the agency fetch: defined by the consents' table of the access core. */
export { FETCH_TYPES, type FetchType };

export const CONSENT_REQUEST_STATUSES = ['pending', 'granted', 'refused', 'expired', 'withdrawn'] as const;
export type ConsentRequestStatus = (typeof CONSENT_REQUEST_STATUSES)[number];

const inList = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

/**
 * An agency asks a citizen to consent: these categories, for the purpose of its token, in
 * this window, read once or periodically, kept this many days. It stays pending until the
 * citizen answers or `answer_by` passes (then it reads as expired: silence is not consent).
 */
@Entity({ name: 'consent_requests', schema: 'exchange' })
@Index('ix_consent_requests_personal_id_number_status', ['personalIdNumber', 'status'])
@Index('ix_consent_requests_agency_code_status', ['agencyCode', 'status'])
@Check('ck_consent_requests_status', `status IN (${inList(CONSENT_REQUEST_STATUSES)})`)
@Check('ck_consent_requests_fetch_type', `fetch_type IN (${inList(FETCH_TYPES)})`)
@Check('ck_consent_requests_window', `valid_to > valid_from`)
@Check('ck_consent_requests_categories', `cardinality(categories) > 0`)
@Check(
  'ck_consent_requests_max_reads_per_day',
  `(fetch_type = 'periodic' AND max_reads_per_day >= 1) OR (fetch_type = 'one_time' AND max_reads_per_day IS NULL)`,
)
@Check('ck_consent_requests_data_life_days', `data_life_days >= 1`)
export class ConsentRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 32 })
  agencyCode: string;

  /** The agency system (OAuth client) that asked. */
  @Column({ type: 'varchar', length: 128 })
  clientId: string;

  @Column({ type: 'varchar', length: 12 })
  personalIdNumber: string;

  /** A purpose code of access.purposes: the asking token's purpose. */
  @Column({ type: 'varchar', length: 64 })
  purpose: string;

  /** Citizen data categories, e.g. population.identity. */
  @Column({ type: 'text', array: true })
  categories: string[];

  @Column({ type: 'timestamptz' })
  validFrom: Date;

  @Column({ type: 'timestamptz' })
  validTo: Date;

  @Column({ type: 'varchar', length: 16 })
  fetchType: FetchType;

  /** Periodic only: reads a day at most. */
  @Column({ type: 'integer', nullable: true })
  maxReadsPerDay: number | null;

  /** How long the agency may keep what it reads. */
  @Column({ type: 'integer' })
  dataLifeDays: number;

  @Column({ type: 'varchar', length: 16 })
  status: ConsentRequestStatus;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  requestedAt: Date;

  /** Unanswered by then, the request expires. */
  @Column({ type: 'timestamptz' })
  answerBy: Date;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;
}
