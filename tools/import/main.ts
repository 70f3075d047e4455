import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from '@app/config';
import {
  DEFAULT_BATCH_SIZE,
  ImportFileError,
  MAX_BATCH_SIZE,
  readCsv,
  RejectsFile,
  RejectsOnConsole,
} from '@app/bulk-import';
import { importCitizenCsv } from '../../apps/population/src';
import { importEnterpriseCsv } from '../../apps/business-registry/src';
import { describeImport, EmbeddedDatabaseBusyError, progressReporter, withPreparedDatabase } from './import-session';

const USAGE = `Usage: node dist/tools/import/main.js citizens <file.csv> [--rejects rejects.csv] [--batch 5000]
       node dist/tools/import/main.js enterprises <file.csv> [--rejects rejects.csv] [--batch 5000]

Registers the citizens of a CSV file (header: personal_id_number,family_name,middle_name,given_name,
sex,birth_year,birth_month,birth_day,place_of_birth,ethnicity_code,permanent_province_code,
permanent_address,phone,email) with the rules of registerCitizen. Rows that break a rule go to
--rejects with their line, field and reason; numbers already registered are skipped, so a
second run changes nothing. Applies pending migrations first. Uses DATABASE_URL, or the
embedded database in DATA_DIR.

Enterprises: one row per enterprise with the header enterprise_code,name,foreign_name,
abbreviation,type,status,establishment_date,head_office_province_code,head_office_address,
charter_capital,business_lines,legal_representatives,owners,branches, checked with the rules of
registerEnterprise (and registerBranch for each branch); status empty means active. The list
columns hold items separated by ";", an item's parts by "|" (escape ";", "|" and "\\" with "\\"):
  business_lines         VSIC2018|4711|main;VSIC2018|4722       exactly one item marked main
  legal_representatives  001085012345|Giám đốc;…                personal ID number|title
  owners                 person|001085012345|500000000;enterprise|0100233488|…;name|ABC Ltd.|…
  branches               0100233488-001|branch|Chi nhánh …|001|Số 1 Lê Lợi, phường …
                         code|branch or representative_office|name|province code|address
Codes already registered are skipped with their whole row.`;

async function main(args: string[]): Promise<number> {
  const parsed = parseCommandLine(() =>
    parseArgs({
      args,
      allowPositionals: true,
      options: { rejects: { type: 'string' }, batch: { type: 'string' }, help: { type: 'boolean' } },
    }),
  );
  if (!parsed) return 2;
  const { values, positionals } = parsed;
  const [kind, file, ...extra] = positionals;
  const batchSize = values.batch === undefined ? DEFAULT_BATCH_SIZE : Number(values.batch);
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (
    (kind !== 'citizens' && kind !== 'enterprises') ||
    !file ||
    extra.length > 0 ||
    !Number.isInteger(batchSize) ||
    batchSize < 1 ||
    batchSize > MAX_BATCH_SIZE
  ) {
    console.error(USAGE);
    return 2;
  }
  await access(file); // a missing file fails here, before the database is opened
  const rejects = values.rejects ? await RejectsFile.open(values.rejects) : new RejectsOnConsole();
  try {
    return await withPreparedDatabase('sochung-import', async (dataSource, interrupted) => {
      const startedAt = performance.now();
      const source = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 });
      const importCsv = kind === 'enterprises' ? importEnterpriseCsv : importCitizenCsv;
      const summary = await importCsv(dataSource, readCsv(source), {
        reason: `import ${basename(file)}`,
        changedBy: 'import',
        batchSize,
        rejects,
        onBatch: progressReporter(100_000, startedAt),
        shouldStop: interrupted,
      });
      source.destroy();
      const seconds = (performance.now() - startedAt) / 1000;
      console.log(describeImport(summary, seconds, interrupted()));
      if (values.rejects && summary.rejected > 0) console.log(`rejected rows: ${values.rejects}`);
      return interrupted() ? 130 : 0;
    });
  } finally {
    if (rejects instanceof RejectsFile) await rejects.close();
  }
}

/** The parsed command line, or null after printing what is wrong with it and the usage. */
function parseCommandLine<T>(parse: () => T): T | null {
  try {
    return parse();
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return null;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (
      error instanceof ConfigError ||
      error instanceof ImportFileError ||
      error instanceof EmbeddedDatabaseBusyError
    ) {
      console.error(error.message);
    } else if ((error as NodeJS.ErrnoException).code === 'ENOENT') console.error((error as Error).message);
    else console.error(error);
    process.exit(error instanceof ImportFileError ? 2 : 1);
  },
);
