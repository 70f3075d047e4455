/** verify-log's outcome, as logVerificationRuns names it. */
export type VerifyVerdict = 'HOLDS' | 'BREAK' | 'COULD_NOT_CHECK';

/** One whole-log run of verify-log, as the tool recorded it. */
export interface LogVerificationRun {
  id: string;
  startedAt: string;
  finishedAt: string;
  verdict: VerifyVerdict;
  entriesChecked: string;
  anchorSize: string | null;
  ranBy: string;
  summary: string;
}

/** After this many days without a run, the page asks for one. */
export const STALE_AFTER_DAYS = 7;

const DAY_MS = 86_400_000;

/** A run that finished more than STALE_AFTER_DAYS ago: nobody has checked the log since. */
export function isStale(finishedAt: string, now: Date): boolean {
  const finished = Date.parse(finishedAt);
  return Number.isNaN(finished) || now.getTime() - finished > STALE_AFTER_DAYS * DAY_MS;
}
