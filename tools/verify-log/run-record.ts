import { userInfo } from 'node:os';
import type { Client } from 'pg';
import type { WitnessAnchor } from './log-verifier';

/** verify-log's outcomes, as exchange.log_verification_runs keeps them: exit 0, 1 and 2. */
export type RunVerdict = 'holds' | 'break' | 'could_not_check';

/** The longest summary the table keeps (LogVerificationRunEntity's MAX_RUN_SUMMARY). */
export const MAX_SUMMARY = 2000;

/** One whole-log run, as it is recorded. */
export interface VerificationRun {
  startedAt: Date;
  finishedAt: Date;
  verdict: RunVerdict;
  /** Records verified: the whole log when it holds, those before the break, 0 when it could not be checked. */
  entriesChecked: number;
  /** The tree the log was held against; null when it was never read. */
  anchor: WitnessAnchor | null;
  /** What the tool printed first: its one-line verdict. */
  summary: string;
  ranBy: string;
}

const INSERT = `INSERT INTO exchange.log_verification_runs
    (started_at, finished_at, verdict, entries_checked, anchor_size, anchor_root, anchored_by, summary, ran_by)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`;

/**
 * The first line of what the tool printed, as one line of at most MAX_SUMMARY characters: a
 * break's details and an error's cause chain stay on the terminal.
 */
export function summaryLine(printed: string): string {
  // eslint-disable-next-line no-control-regex
  const line = (printed.split('\n', 1)[0] ?? '').replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return line.length <= MAX_SUMMARY ? line : `${line.slice(0, MAX_SUMMARY - 1)}…`;
}

/** Who ran it when --by does not say: the operating-system user, or "unknown" where there is none (a container's uid). */
export function operatingSystemUser(): string {
  try {
    return userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * Writes the run to exchange.log_verification_runs. Never throws: recording is a courtesy to
 * the auditors' page and must not change the verdict, so a connection that cannot write
 * (read-only, no right to insert, a database from before the table) gives the warning to print.
 */
export async function recordRun(client: Pick<Client, 'query'>, run: VerificationRun): Promise<string | null> {
  try {
    await client.query(INSERT, [
      run.startedAt,
      run.finishedAt,
      run.verdict,
      String(run.entriesChecked),
      run.anchor === null ? null : String(run.anchor.size),
      run.anchor?.root ?? null,
      run.anchor?.by.slice(0, 256) ?? null,
      summaryLine(run.summary),
      run.ranBy,
    ]);
    return null;
  } catch (error) {
    return `verify-log: warning: this run was not recorded in exchange.log_verification_runs: ${summaryLine((error as Error).message)}`;
  }
}
