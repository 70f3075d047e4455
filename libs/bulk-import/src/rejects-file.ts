import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { csvLine } from './csv';
import type { RejectSink } from './batch-import';

/**
 * The rows an import refused, as CSV: the line of the source file, the column at fault, why,
 * then the row as it was, so that it can be corrected and imported again.
 */
export class RejectsFile implements RejectSink {
  private constructor(private readonly stream: WriteStream) {}

  static async open(path: string): Promise<RejectsFile> {
    const stream = createWriteStream(path, { encoding: 'utf8' });
    await once(stream, 'open');
    return new RejectsFile(stream);
  }

  async start(columns: readonly string[]): Promise<void> {
    await this.append(['line', 'field', 'reason', ...columns]);
  }

  async write(line: number, field: string, reason: string, fields: readonly string[]): Promise<void> {
    await this.append([line, field, reason, ...fields]);
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve, reject) =>
      this.stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
  }

  private async append(fields: readonly (string | number)[]): Promise<void> {
    if (!this.stream.write(csvLine(fields))) await once(this.stream, 'drain');
  }
}

/** Without a rejects file: the first few refused rows on stderr, so that the operator sees why. */
export class RejectsOnConsole implements RejectSink {
  private shown = 0;

  constructor(private readonly limit = 10) {}

  start(): Promise<void> {
    return Promise.resolve();
  }

  write(line: number, field: string, reason: string): Promise<void> {
    if (this.shown < this.limit) console.error(`line ${line}: ${field}: ${reason}`);
    else if (this.shown === this.limit) console.error('… more rows refused; --rejects <file> writes them all');
    this.shown++;
    return Promise.resolve();
  }
}
