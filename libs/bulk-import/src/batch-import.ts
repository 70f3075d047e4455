import type { DataSource } from 'typeorm';
import type { CsvRecord } from './csv';

/** Who loads, and why: written on every version row the load records. */
export interface LoadNote {
  reason: string;
  changedBy: string;
}

export interface BatchResult {
  loaded: number;
  /** Rows whose personal ID number was registered already (or came earlier in the batch). */
  alreadyRegistered: number;
}

export const DEFAULT_BATCH_SIZE = 5000;
/** Larger batches gain nothing and hold more memory and longer transactions. */
export const MAX_BATCH_SIZE = 50_000;

export interface ImportSummary {
  /** Data rows read (not the header). */
  read: number;
  loaded: number;
  /** Rows whose key (personal ID number, enterprise code) was registered already: skipped, not rejected. */
  alreadyRegistered: number;
  rejected: number;
  /** Loaded rows whose ID number disagrees with birth year or sex: for stewards to review. */
  idMismatches: number;
}

/** Where refused rows go: the line, the column at fault, why, and the row's fields. */
export interface RejectSink {
  /** Before the first row: the columns of the rows that follow. */
  start(columns: readonly string[]): Promise<void>;
  write(line: number, field: string, reason: string, fields: readonly string[]): Promise<void>;
}

export interface ImportOptions extends LoadNote {
  /** Rows per transaction and statement. */
  batchSize: number;
  rejects?: RejectSink;
  /** After each batch: the totals so far. */
  onBatch?: (summary: Readonly<ImportSummary>) => void;
  /** Asked before each batch; true stops the import after the batches already loaded. */
  shouldStop?: () => boolean;
  /** Dates after this are refused, as the registration mutations refuse them. */
  today?: Date;
}

/** A file the import cannot read at all (as opposed to single bad rows). */
export class ImportFileError extends Error {}

/** What one kind of record brings to an import: its columns, its row rules, its batch loader. */
export interface ImportKind<Column extends string, Item> {
  columns: readonly Column[];
  validate(
    row: Record<Column, string>,
    reason: string,
    today: Date,
  ): Promise<{ item: Item; idMismatch?: boolean } | { problems: { column: string; reason: string }[] }>;
  load(dataSource: DataSource, batch: Item[], note: LoadNote): Promise<BatchResult>;
}

/**
 * Validates rows one by one with the kind's rules and loads the good ones in batches, one
 * batch written while the next is validated: however large the input, it holds at most two
 * batches. Rows come from a CSV file (importCsv) or straight from a seed generator.
 */
export class BatchImport<Column extends string, Item> {
  readonly summary: ImportSummary = { read: 0, loaded: 0, alreadyRegistered: 0, rejected: 0, idMismatches: 0 };
  private batch: Item[] = [];
  private loading: Promise<void> | null = null;
  private readonly today: Date;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: ImportOptions,
    readonly kind: ImportKind<Column, Item>,
  ) {
    this.today = options.today ?? new Date();
  }

  /** Whether shouldStop asked to stop: no more rows are taken. */
  get wasStopped(): boolean {
    return this.stopped;
  }

  /** Takes one row; loads the batch when it is full. False once the import was asked to stop. */
  async add(line: number, row: Record<Column, string>, fields?: readonly string[]): Promise<boolean> {
    if (this.stopped) return false;
    this.summary.read++;
    const verdict = await this.kind.validate(row, this.options.reason, this.today);
    if ('problems' in verdict) {
      const [first, ...more] = verdict.problems;
      const also = more.map((problem) => `; also ${problem.column}: ${problem.reason}`).join('');
      await this.writeReject(
        line,
        first.column,
        `${first.reason}${also}`,
        fields ?? this.kind.columns.map((c) => row[c]),
      );
      return true;
    }
    if (verdict.idMismatch) this.summary.idMismatches++;
    this.batch.push(verdict.item);
    if (this.batch.length >= this.options.batchSize) await this.flush();
    return !this.stopped;
  }

  /** Takes a row that could not even be read as one (bad quoting, fields missing): a reject. */
  async refuse(line: number, field: string, reason: string, fields: readonly string[]): Promise<void> {
    this.summary.read++;
    await this.writeReject(line, field, reason, fields);
  }

  /** Loads what is left, and waits until it is committed. */
  async finish(): Promise<ImportSummary> {
    await this.flush();
    await this.loading;
    this.loading = null;
    return this.summary;
  }

  /**
   * Sends the full batch to the database and returns as soon as the batch before it is
   * committed: the next batch is validated while this one is written, and never more than
   * two batches are held (backpressure: the caller awaits add, the stream waits for it).
   */
  private async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    const batch = this.batch;
    this.batch = [];
    await this.loading;
    const loading = this.load(batch);
    // Handled here so that a failure is not "unhandled" before the next flush awaits it.
    loading.catch(() => undefined);
    this.loading = loading;
  }

  private async writeReject(line: number, field: string, reason: string, fields: readonly string[]): Promise<void> {
    this.summary.rejected++;
    await this.options.rejects?.write(line, field, reason, fields);
  }

  private async load(batch: Item[]): Promise<void> {
    const result = await this.kind.load(this.dataSource, batch, this.options);
    this.summary.loaded += result.loaded;
    this.summary.alreadyRegistered += result.alreadyRegistered;
    this.options.onBatch?.(this.summary);
    if (this.options.shouldStop?.()) this.stopped = true;
  }
}

/**
 * Imports a CSV file into `run`: a header naming the kind's columns in any order, then one
 * record per row. A row with a missing or extra field, or broken quoting, is rejected like a
 * row that breaks a rule. Throws ImportFileError if the header is unusable.
 */
export async function importCsv<Column extends string, Item>(
  run: BatchImport<Column, Item>,
  records: AsyncIterable<CsvRecord>,
  rejects: RejectSink | undefined,
): Promise<ImportSummary> {
  let header: Column[] | null = null;
  for await (const record of records) {
    if (!header) {
      header = checkHeader(record, run.kind.columns);
      await rejects?.start(header);
      continue;
    }
    const { fields, line } = record;
    if (record.problem) {
      await run.refuse(line, 'row', record.problem, fields);
    } else if (fields.length !== header.length) {
      await run.refuse(
        line,
        fields.length < header.length ? header[fields.length] : 'row',
        `the row has ${fields.length} fields, the header ${header.length}`,
        fields,
      );
    } else {
      const row = Object.fromEntries(header.map((column, i) => [column, fields[i]])) as Record<Column, string>;
      if (!(await run.add(line, row, fields))) break;
    }
  }
  if (!header) throw new ImportFileError('the file is empty: it needs a header line naming the columns');
  return run.finish();
}

/** The header's columns in their order; ImportFileError naming every problem when it does not fit the kind. */
export function checkHeader<Column extends string>(record: CsvRecord, columns: readonly Column[]): Column[] {
  const names = record.fields.map((field) => field.trim());
  const known = new Set<string>(columns);
  const problems = [
    record.problem,
    ...names.filter((name) => !known.has(name)).map((name) => `unknown column "${name}"`),
    ...columns.filter((column) => !names.includes(column)).map((column) => `no column "${column}"`),
    ...names.filter((name, i) => names.indexOf(name) !== i).map((name) => `column "${name}" appears twice`),
  ].filter((problem) => problem !== undefined);
  if (problems.length > 0) {
    throw new ImportFileError(
      `the header on line ${record.line} does not fit: ${problems.join(', ')}. Expected: ${columns.join(',')}`,
    );
  }
  return names as Column[];
}
