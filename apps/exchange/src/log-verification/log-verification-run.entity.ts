import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** verify-log's three outcomes: exit 0, 1 and 2. */
export const LOG_VERIFICATION_VERDICTS = ['holds', 'break', 'could_not_check'] as const;
export type LogVerificationVerdict = (typeof LOG_VERIFICATION_VERDICTS)[number];

/** The longest one-line verdict kept of a run. */
export const MAX_RUN_SUMMARY = 2000;

const inList = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

/**
 * One whole-log run of `npm run verify-log`, as the tool recorded it when it finished. The
 * tool writes these rows (tools/verify-log/run-record.ts), with only the database connection
 * it checked the log through; the exchange reads them for the auditors. A row says that a
 * run happened and what it printed, no more: the proof is running the tool again.
 */
@Entity({ name: 'log_verification_runs', schema: 'exchange' })
@Index('ix_log_verification_runs_finished_at', ['finishedAt', 'id'])
@Check('ck_log_verification_runs_verdict', `verdict IN (${inList(LOG_VERIFICATION_VERDICTS)})`)
@Check('ck_log_verification_runs_entries_checked', 'entries_checked >= 0')
export class LogVerificationRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'timestamptz' })
  startedAt: Date;

  @Column({ type: 'timestamptz' })
  finishedAt: Date;

  @Column({ type: 'varchar', length: 16 })
  verdict: LogVerificationVerdict;

  /** Records verified (decimal text: a bigint): the whole log when it holds, those before the break otherwise. */
  @Column({ type: 'bigint' })
  entriesChecked: string;

  /** The size of the tree the log was held against (the witness's latest, or --min-size); null when it was never read. */
  @Column({ type: 'bigint', nullable: true })
  anchorSize: string | null;

  /** That tree's Merkle root, base64url. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  anchorRoot: string | null;

  /** Who vouched for it: "the witness sochung-witness", "the checkpoint given (--min-size 12)". */
  @Column({ type: 'varchar', length: 256, nullable: true })
  anchoredBy: string | null;

  /** The tool's own one-line verdict. */
  @Column({ type: 'varchar', length: MAX_RUN_SUMMARY })
  summary: string;

  /** --by, or the operating-system user who ran it. */
  @Column({ type: 'varchar', length: 128 })
  ranBy: string;
}
