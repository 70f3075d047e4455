import type { DataSource } from 'typeorm';
import type { CsvRecord } from './csv';
import { loadEnterpriseBatch } from './enterprise-batch-loader';
import { ENTERPRISE_COLUMNS, type EnterpriseColumn, type EnterpriseCsvRow } from './enterprise-columns';
import { validateEnterpriseRow, type NewEnterprise } from './enterprise-row';
import { ImportFileError, type ImportOptions, type ImportSummary } from './import-citizens';

/**
 * Validates enterprise rows one by one with registerEnterprise's rules and loads the good
 * ones in batches, one batch written while the next is validated (at most two held), as
 * CitizenImport does for citizens. `alreadyRegistered` counts codes registered before.
 */
export class EnterpriseImport {
  readonly summary: ImportSummary = { read: 0, loaded: 0, alreadyRegistered: 0, rejected: 0, idMismatches: 0 };
  private batch: NewEnterprise[] = [];
  private loading: Promise<void> | null = null;
  private readonly today: Date;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: ImportOptions,
  ) {
    this.today = options.today ?? new Date();
  }

  get wasStopped(): boolean {
    return this.stopped;
  }

  /** Takes one row; loads the batch when it is full. False once the import was asked to stop. */
  async add(line: number, row: EnterpriseCsvRow, fields?: readonly string[]): Promise<boolean> {
    if (this.stopped) return false;
    this.summary.read++;
    const verdict = await validateEnterpriseRow(row, this.options.reason, this.today);
    if (verdict.problems) {
      const [first, ...more] = verdict.problems;
      const also = more.map((problem) => `; also ${problem.column}: ${problem.reason}`).join('');
      await this.writeReject(
        line,
        first.column,
        `${first.reason}${also}`,
        fields ?? ENTERPRISE_COLUMNS.map((c) => row[c]),
      );
      return true;
    }
    this.batch.push(verdict.enterprise);
    if (this.batch.length >= this.options.batchSize) await this.flush();
    return !this.stopped;
  }

  /** A row that could not be read as one (bad quoting, fields missing): a reject. */
  async refuse(line: number, field: string, reason: string, fields: readonly string[]): Promise<void> {
    this.summary.read++;
    await this.writeReject(line, field, reason, fields);
  }

  async finish(): Promise<ImportSummary> {
    await this.flush();
    await this.loading;
    this.loading = null;
    return this.summary;
  }

  private async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    const batch = this.batch;
    this.batch = [];
    await this.loading;
    const loading = this.load(batch);
    loading.catch(() => undefined);
    this.loading = loading;
  }

  private async writeReject(line: number, field: string, reason: string, fields: readonly string[]): Promise<void> {
    this.summary.rejected++;
    await this.options.rejects?.write(line, field, reason, fields);
  }

  private async load(batch: NewEnterprise[]): Promise<void> {
    const result = await loadEnterpriseBatch(this.dataSource, batch, this.options);
    this.summary.loaded += result.loaded;
    this.summary.alreadyRegistered += result.alreadyRegistered;
    this.options.onBatch?.(this.summary);
    if (this.options.shouldStop?.()) this.stopped = true;
  }
}

/**
 * Imports an enterprises CSV file: a header naming the columns of ENTERPRISE_COLUMNS in any
 * order, then one enterprise per record. Throws ImportFileError if the header is unusable.
 */
export async function importEnterpriseCsv(
  dataSource: DataSource,
  records: AsyncIterable<CsvRecord>,
  options: ImportOptions,
): Promise<ImportSummary> {
  const run = new EnterpriseImport(dataSource, options);
  let header: EnterpriseColumn[] | null = null;
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
      const row = Object.fromEntries(header.map((column, i) => [column, fields[i]])) as EnterpriseCsvRow;
      if (!(await run.add(line, row, fields))) break;
    }
  }
  if (!header) throw new ImportFileError('the file is empty: it needs a header line naming the columns');
  return run.finish();
}

function checkHeader(record: CsvRecord): EnterpriseColumn[] {
  const names = record.fields.map((field) => field.trim());
  const known = new Set<string>(ENTERPRISE_COLUMNS);
  const problems = [
    record.problem,
    ...names.filter((name) => !known.has(name)).map((name) => `unknown column "${name}"`),
    ...ENTERPRISE_COLUMNS.filter((column) => !names.includes(column)).map((column) => `no column "${column}"`),
    ...names.filter((name, i) => names.indexOf(name) !== i).map((name) => `column "${name}" appears twice`),
  ].filter((problem) => problem !== undefined);
  if (problems.length > 0) {
    throw new ImportFileError(
      `the header on line ${record.line} does not fit: ${problems.join(', ')}. Expected: ${ENTERPRISE_COLUMNS.join(',')}`,
    );
  }
  return names as EnterpriseColumn[];
}
