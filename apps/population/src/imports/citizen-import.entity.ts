import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const CITIZEN_IMPORT_STATUSES = ['running', 'finished', 'failed', 'interrupted'] as const;
export type CitizenImportStatus = (typeof CITIZEN_IMPORT_STATUSES)[number];

/**
 * A CSV file of citizens a steward uploaded, and how its import went: counts that grow while
 * it runs (the console shows them), then the refused rows as CSV for the steward to download,
 * correct and upload again. One import runs at a time (the partial unique index), so that two
 * uploads of one file cannot race each other to register the same numbers.
 */
@Entity({ name: 'citizen_imports', schema: 'population' })
@Check('ck_citizen_imports_status', `status IN ('running', 'finished', 'failed', 'interrupted')`)
@Index('uq_citizen_imports_one_running', ['status'], { unique: true, where: `status = 'running'` })
@Index(['startedAt'])
@Index(['fileSha256'])
export class CitizenImportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  fileName: string;

  /** Hex SHA-256 of the file's bytes: an upload of the same file again is recognised. */
  @Column({ type: 'char', length: 64 })
  fileSha256: string;

  @Column({ type: 'integer' })
  fileBytes: number;

  @Column({ type: 'varchar', length: 16, default: 'running' })
  status: CitizenImportStatus;

  @Column({ type: 'integer', default: 0 })
  rowsRead: number;

  @Column({ type: 'integer', default: 0 })
  accepted: number;

  @Column({ type: 'integer', default: 0 })
  alreadyRegistered: number;

  @Column({ type: 'integer', default: 0 })
  refused: number;

  @Column({ type: 'integer', default: 0 })
  idMismatches: number;

  /** The steward's id. */
  @Column({ type: 'varchar', length: 64 })
  startedBy: string;

  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  startedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  /** Why a failed import stopped, in words safe to show (never a stack or SQL). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  failure: string | null;

  /** The refused rows as CSV (line, field, reason, then the row); null when none was refused. */
  @Column({ type: 'text', nullable: true })
  rejectsCsv: string | null;
}
