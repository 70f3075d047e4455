import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { AgencyEntity } from './agency.entity';

export const AGREEMENT_STATUSES = ['proposed', 'approved', 'rejected', 'superseded', 'withdrawn'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/**
 * One version of a data-sharing agreement: an agency may read these data categories for
 * these purposes, on this legal basis, within this window and these limits. A change is a
 * new version; at most one version of an agreement is approved (in force) at a time, and at
 * most one awaits a decision. The policy engine reads the approved rows with plain SQL
 * (agency, status, purpose, window), hence the index on (agency_code, status).
 */
@Entity({ name: 'agreements', schema: 'access' })
@Unique('uq_agreements_agreement_number_version', ['agreementNumber', 'version'])
@Index('ix_agreements_agency_code_status', ['agencyCode', 'status'])
@Index('uq_agreements_in_force', ['agreementNumber'], { unique: true, where: `status = 'approved'` })
@Index('uq_agreements_open_proposal', ['agreementNumber'], { unique: true, where: `status = 'proposed'` })
@Check('ck_agreements_status', `status IN (${AGREEMENT_STATUSES.map((s) => `'${s}'`).join(', ')})`)
@Check('ck_agreements_version', `version >= 1`)
@Check('ck_agreements_window', `valid_to IS NULL OR valid_to > valid_from`)
@Check('ck_agreements_limits', `requests_per_minute >= 1 AND records_per_day >= 1`)
@Check('ck_agreements_scope', `cardinality(categories) > 0 AND cardinality(purposes) > 0`)
@Check('ck_agreements_sealed_disclosure_days', `sealed_disclosure_days >= 1`)
export class AgreementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stable across versions, e.g. DSA-2026-0001. */
  @Column({ type: 'varchar', length: 32 })
  agreementNumber: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'varchar', length: 32 })
  agencyCode: string;

  @ManyToOne(() => AgencyEntity, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_code', referencedColumnName: 'code' })
  agency?: AgencyEntity;

  /** Data categories, e.g. population.identity. */
  @Column({ type: 'text', array: true })
  categories: string[];

  /** Purpose codes of access.purposes. */
  @Column({ type: 'text', array: true })
  purposes: string[];

  /** The law or decree, e.g. 'Nghị định 70/2024/NĐ-CP'. */
  @Column({ type: 'varchar', length: 255 })
  legalInstrument: string;

  /** e.g. 'Điều 15'. */
  @Column({ type: 'varchar', length: 64 })
  legalArticle: string;

  /** e.g. 'Khoản 2', where the article has clauses. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  legalClause: string | null;

  /** What citizens read as the reason their data was shared. */
  @Column({ type: 'text' })
  legalTextVi: string;

  @Column({ type: 'timestamptz' })
  validFrom: Date;

  /** Null: until withdrawn. */
  @Column({ type: 'timestamptz', nullable: true })
  validTo: Date | null;

  /** Null: no limit. */
  @Column({ type: 'integer', nullable: true })
  requestsPerMinute: number | null;

  /** Null: no limit. */
  @Column({ type: 'integer', nullable: true })
  recordsPerDay: number | null;

  /**
   * Covert reads (police, security): the access records of reads under this agreement stay
   * sealed for this many days, the citizen seeing only that a read happened and when it opens.
   * Null: reads are disclosed at once.
   */
  @Column({ type: 'integer', nullable: true })
  sealedDisclosureDays: number | null;

  @Column({ type: 'varchar', length: 16 })
  status: AgreementStatus;

  @Column({ type: 'varchar', length: 128 })
  proposedBy: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  proposedAt: Date;

  @Column({ type: 'varchar', length: 128, nullable: true })
  decidedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  /** The version this one replaces (or would replace, while proposed). */
  @Column({ type: 'uuid', nullable: true })
  supersedesId: string | null;

  @ManyToOne(() => AgreementEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supersedes_id' })
  supersedes?: AgreementEntity | null;

  /** Why this version exists: the proposal, the amendment, the withdrawal. */
  @Column({ type: 'text' })
  changeNote: string;
}
