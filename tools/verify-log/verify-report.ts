import type { LogBreak, LogSummary } from './log-verifier';

/** The one line printed when the whole log holds. */
export function holdsLine(summary: LogSummary, seconds: number, where: string): string {
  const unsigned =
    summary.unsigned === 0 ? 'all signed' : `${summary.unsigned} after the newest checkpoint, not yet signed`;
  const uncosigned =
    summary.uncosigned === 0 ? 'all cosigned' : `${summary.uncosigned} not yet cosigned by the witness`;
  return (
    `verify-log: OK ${where}: ${summary.records} records (${unsigned}, ${uncosigned}), ` +
    `${summary.checkpoints} checkpoints (${summary.cosignedCheckpoints} cosigned), ${summary.subtrees} stored subtrees; ` +
    `root ${summary.root}; extends ${summary.anchor.by}'s ${summary.anchor.size} records; ${seconds.toFixed(1)} s`
  );
}

/** The break, on a few lines: where, which check, what it means, expected and found. */
export function breakReport(logBreak: LogBreak, summary: LogSummary): string {
  const where = logBreak.seq === null ? 'the end of the log' : `record ${logBreak.seq}`;
  const lines = [
    `verify-log: BROKEN at ${where}, check ${logBreak.check}: ${logBreak.message}`,
    ...(logBreak.expected !== undefined ? [`  expected: ${logBreak.expected}`] : []),
    ...(logBreak.found !== undefined ? [`  found:    ${logBreak.found}`] : []),
    `  (${summary.records} records and ${summary.checkpoints} checkpoints held before it)`,
  ];
  return lines.join('\n');
}
