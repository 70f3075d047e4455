import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * How many access records an agency's agreement released on one calendar day in Vietnam: the
 * count its recordsPerDay is held to, shared by every instance. Written only in the access
 * log's transaction (libs/access's countDailyRecords, committed with the records it counts);
 * the policy reads today's row when it decides.
 */
@Entity({ name: 'agreement_daily_records', schema: 'access' })
@Check('ck_agreement_daily_records_records', 'records >= 0')
export class AgreementDailyRecordsEntity {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  agencyCode: string;

  /** Stable across versions: an amendment does not reset the day's count. */
  @PrimaryColumn({ type: 'varchar', length: 32 })
  agreementNumber: string;

  /** The calendar day in Asia/Ho_Chi_Minh. */
  @PrimaryColumn({ type: 'date' })
  day: string;

  @Column({ type: 'integer' })
  records: number;
}
