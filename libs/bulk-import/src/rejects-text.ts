import { csvLine } from './csv';
import type { RejectSink } from './batch-import';

/**
 * The refused rows as CSV text in memory, in the same shape as RejectsFile (line, field,
 * reason, then the row): for an import a steward uploaded, whose file is small enough to
 * arrive in one request, so that its rejects are too.
 */
export class RejectsText implements RejectSink {
  private readonly lines: string[] = [];
  private rows = 0;

  start(columns: readonly string[]): Promise<void> {
    this.lines.push(csvLine(['line', 'field', 'reason', ...columns]));
    return Promise.resolve();
  }

  write(line: number, field: string, reason: string, fields: readonly string[]): Promise<void> {
    this.lines.push(csvLine([line, field, reason, ...fields]));
    this.rows++;
    return Promise.resolve();
  }

  /** The CSV, or null when no row was refused. */
  text(): string | null {
    return this.rows === 0 ? null : this.lines.join('');
  }
}
