import type { DataSource } from 'typeorm';
import { BatchImport, importCsv, type ImportKind, type ImportOptions, type ImportSummary } from '@app/bulk-import';
import { loadCitizenBatch } from './citizen-batch-loader';
import { CITIZEN_COLUMNS, type CitizenColumn } from './citizen-columns';
import { validateCitizenRow, type NewCitizen } from './citizen-row';
import type { CsvRecord } from '@app/bulk-import';

/** Citizens, by registerCitizen's rules; numbers that contradict a row are loaded and counted. */
const CITIZENS: ImportKind<CitizenColumn, NewCitizen> = {
  columns: CITIZEN_COLUMNS,
  validate: async (row, reason, today) => {
    const verdict = await validateCitizenRow(row, reason, today);
    return verdict.problems
      ? { problems: verdict.problems }
      : { item: verdict.citizen, idMismatch: verdict.idMismatch };
  },
  load: loadCitizenBatch,
};

/** A citizens import: rows from a CSV file (importCitizenCsv) or from the seed generator. */
export class CitizenBatchImport extends BatchImport<CitizenColumn, NewCitizen> {
  constructor(dataSource: DataSource, options: ImportOptions) {
    super(dataSource, options, CITIZENS);
  }
}

/** Imports a citizens CSV file; see importCsv for the file's shape. */
export function importCitizenCsv(
  dataSource: DataSource,
  records: AsyncIterable<CsvRecord>,
  options: ImportOptions,
): Promise<ImportSummary> {
  return importCsv(new CitizenBatchImport(dataSource, options), records, options.rejects);
}
