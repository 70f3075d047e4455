import type { DataSource } from 'typeorm';
import { CITIZEN_COLUMNS, type CitizenColumn, type CitizenCsvRow } from './citizen-columns';
import { loadCitizenBatch, type LoadNote } from './citizen-batch-loader';
import { validateCitizenRow, type NewCitizen } from './citizen-row';
import type { CsvRecord } from './csv';

export const DEFAULT_BATCH_SIZE = 5000;
/** Larger batches gain nothing and hold more memory and longer transactions. */
export const MAX_BATCH_SIZE = 50_000;

export interface ImportSummary {
  /** Data rows read (not the header). */
  read: number;
  loaded: number;
  /** Rows whose personal ID number was registered already: skipped, not rejected. */
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
  /** Dates after this are refused, as registerCitizen refuses them. */
  today?: Date;
}

/** A file the import cannot read at all (as opposed to single bad rows). */
export class ImportFileError extends Error {}

/**
 * Validates rows one by one with registerCitizen's rules and loads the good ones in batches,
 * one batch written while the next is validated: however large the input, it holds at most
 * two batches. Rows come from a CSV file (importCitizenCsv) or straight from the seed
 * generator.
 */
export class CitizenImport {
  readonly summary: ImportSummary = { read: 0, loaded: 0, alreadyRegistered: 0, rejected: 0, idMismatches: 0 };
  private batch: NewCitizen[] = [];
  private loading: Promise<void> | null = null;
  private readonly today: Date;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: ImportOptions,
  ) {
    this.today = options.today ?? new Date();
  }

  /** Whether shouldStop asked to stop: no more rows are taken. */
  get wasStopped(): boolean {
    return this.stopped;
  }

  /** Takes one row; loads the batch when it is full. False once the import was asked to stop. */
  async add(line: number, row: CitizenCsvRow, fields?: readonly string[]): Promise<boolean> {
    if (this.stopped) return false;
    this.summary.read++;
    const verdict = await validateCitizenRow(row, this.options.reason, this.today);
    if (verdict.problems) {
      const [first, ...more] = verdict.problems;
      const also = more.map((problem) => `; also ${problem.column}: ${problem.reason}`).join('');
      await this.writeReject(
        line,
        first.column,
        `${first.reason}${also}`,
        fields ?? CITIZEN_COLUMNS.map((c) => row[c]),
      );
      return true;
    }
    if (verdict.idMismatch) this.summary.idMismatches++;
    this.batch.push(verdict.citizen);
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

  private async load(batch: NewCitizen[]): Promise<void> {
    const result = await loadCitizenBatch(this.dataSource, batch, this.options);
    this.summary.loaded += result.loaded;
    this.summary.alreadyRegistered += result.alreadyRegistered;
    this.options.onBatch?.(this.summary);
    if (this.options.shouldStop?.()) this.stopped = true;
  }
}

/**
 * Imports a citizens CSV file: a header naming the columns of CITIZEN_COLUMNS in any order,
 * then one citizen per record. A row with a missing or extra field, or broken quoting, is
 * rejected like a row that breaks a rule. Throws ImportFileError if the header is unusable.
 */
export async function importCitizenCsv(
  dataSource: DataSource,
  records: AsyncIterable<CsvRecord>,
  options: ImportOptions,
): Promise<ImportSummary> {
  const run = new CitizenImport(dataSource, options);
  let header: CitizenColumn[] | null = null;
  for await (const record of records) {
    if (!header) {
      header = checkHeader(record);
      await options.rejects?.start(header);
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
      const row = Object.fromEntries(header.map((column, i) => [column, fields[i]])) as CitizenCsvRow;
      if (!(await run.add(line, row, fields))) break;
    }
  }
  if (!header) throw new ImportFileError('the file is empty: it needs a header line naming the columns');
  return run.finish();
}

function checkHeader(record: CsvRecord): CitizenColumn[] {
  const names = record.fields.map((field) => field.trim());
  const known = new Set<string>(CITIZEN_COLUMNS);
  const problems = [
    record.problem,
    ...names.filter((name) => !known.has(name)).map((name) => `unknown column "${name}"`),
    ...CITIZEN_COLUMNS.filter((column) => !names.includes(column)).map((column) => `no column "${column}"`),
    ...names.filter((name, i) => names.indexOf(name) !== i).map((name) => `column "${name}" appears twice`),
  ].filter((problem) => problem !== undefined);
  if (problems.length > 0) {
    throw new ImportFileError(
      `the header on line ${record.line} does not fit: ${problems.join(', ')}. Expected: ${CITIZEN_COLUMNS.join(',')}`,
    );
  }
  return names as CitizenColumn[];
}
