import type { DataSource } from 'typeorm';
import { BatchImport, importCsv, type ImportKind, type ImportOptions, type ImportSummary } from '@app/bulk-import';
import type { CsvRecord } from '@app/bulk-import';
import { loadEnterpriseBatch } from './enterprise-batch-loader';
import { ENTERPRISE_COLUMNS, type EnterpriseColumn } from './enterprise-columns';
import { validateEnterpriseRow, type NewEnterprise } from './enterprise-row';

/** Enterprises, by registerEnterprise's rules; `alreadyRegistered` counts codes registered before. */
const ENTERPRISES: ImportKind<EnterpriseColumn, NewEnterprise> = {
  columns: ENTERPRISE_COLUMNS,
  validate: async (row, reason, today) => {
    const verdict = await validateEnterpriseRow(row, reason, today);
    return verdict.problems ? { problems: verdict.problems } : { item: verdict.enterprise };
  },
  load: loadEnterpriseBatch,
};

/** An enterprises import: rows from a CSV file (importEnterpriseCsv) or from the seed generator. */
export class EnterpriseBatchImport extends BatchImport<EnterpriseColumn, NewEnterprise> {
  constructor(dataSource: DataSource, options: ImportOptions) {
    super(dataSource, options, ENTERPRISES);
  }
}

/** Imports an enterprises CSV file; see importCsv for the file's shape. */
export function importEnterpriseCsv(
  dataSource: DataSource,
  records: AsyncIterable<CsvRecord>,
  options: ImportOptions,
): Promise<ImportSummary> {
  return importCsv(new EnterpriseBatchImport(dataSource, options), records, options.rejects);
}
