import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, LessThan, Not } from 'typeorm';
import type { StewardPrincipal } from '@app/auth';
import { checkHeader, CsvParser, ImportFileError, readCsv, RejectsText, type ImportSummary } from '@app/bulk-import';
import { CitizenImportEntity } from './citizen-import.entity';
import {
  CitizenImportNotFoundError,
  ImportAlreadyRunningError,
  ImportFileInvalidError,
  ImportFileTooLargeError,
} from './citizen-import.errors';
import { CITIZEN_COLUMNS } from './citizen-columns';
import type { StartCitizenImportInput } from './dto/citizen-import.inputs';
import { importCitizenCsv } from './import-citizens';

/** What one upload may hold: it arrives in one GraphQL request, which the apps cap at 1 MiB. */
export const MAX_IMPORT_FILE_BYTES = 512 * 1024;
/** Rows per transaction: small, so that the counts the console shows move while a file loads. */
const UPLOAD_BATCH_SIZE = 200;
const UNIQUE_VIOLATION = '23505';
const INTERRUPTED =
  'The registry stopped while this file loaded. Upload it again: rows already registered are skipped.';

/**
 * Runs the citizens CSV files stewards upload, with the command-line import's rules and loader
 * (importCitizenCsv): the upload returns at once, the rows load in the background in batches,
 * and each batch's counts are saved on the import's row for the console to show. Numbers
 * already registered are skipped, so uploading a file again registers nothing and says so.
 *
 * An import belongs to the process that runs it: one that was running when the population
 * subgraph stopped is marked interrupted at the next start (this assumes one population
 * process per database, as DESIGN.md deploys it); uploading the file again finishes it.
 */
@Injectable()
export class CitizenImportService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(CitizenImportService.name);
  private running: Promise<void> | null = null;
  private stopping = false;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    const { affected } = await this.dataSource.getRepository(CitizenImportEntity).update(
      { status: 'running' },
      {
        status: 'interrupted',
        finishedAt: () => 'clock_timestamp()',
        failure: INTERRUPTED,
      },
    );
    if (affected) this.logger.warn(`${affected} import(s) left running by the last process marked interrupted`);
  }

  /** Stops the running import after its current batch and waits for it, while the database is still open. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.running;
  }

  async start(steward: StewardPrincipal, input: StartCitizenImportInput): Promise<CitizenImportEntity> {
    const bytes = Buffer.byteLength(input.csv, 'utf8');
    if (bytes > MAX_IMPORT_FILE_BYTES) throw new ImportFileTooLargeError(bytes, MAX_IMPORT_FILE_BYTES);
    checkFileHeader(input.csv);
    const repository = this.dataSource.getRepository(CitizenImportEntity);
    const running = await repository.findOneBy({ status: 'running' });
    if (running) throw new ImportAlreadyRunningError(running);
    let entity: CitizenImportEntity;
    try {
      entity = await repository.save(
        repository.create({
          fileName: input.fileName,
          fileSha256: createHash('sha256').update(input.csv, 'utf8').digest('hex'),
          fileBytes: bytes,
          startedBy: steward.stewardId,
        }),
      );
    } catch (error) {
      // Another upload started between the check and the insert: the partial unique index refused this one.
      if ((error as { driverError?: { code?: string } }).driverError?.code !== UNIQUE_VIOLATION) throw error;
      const other = await repository.findOneBy({ status: 'running' });
      throw new ImportAlreadyRunningError(other ?? { id: '', fileName: 'another file' });
    }
    const run = this.run(entity, input.csv, steward.stewardId);
    this.running = run.finally(() => {
      if (this.running === run) this.running = null;
    });
    return entity;
  }

  /** The import, or CITIZEN_IMPORT_NOT_FOUND. */
  async get(id: string): Promise<CitizenImportEntity> {
    const found = await this.dataSource.getRepository(CitizenImportEntity).findOneBy({ id });
    if (!found) throw new CitizenImportNotFoundError(id);
    return found;
  }

  /** The newest imports first. */
  list(first: number): Promise<CitizenImportEntity[]> {
    return this.dataSource.getRepository(CitizenImportEntity).find({ order: { startedAt: 'DESC' }, take: first });
  }

  /** The newest import of the same file that finished before this one started, if any. */
  earlierImportOfSameFile(
    entity: Pick<CitizenImportEntity, 'id' | 'fileSha256' | 'startedAt'>,
  ): Promise<CitizenImportEntity | null> {
    return this.dataSource.getRepository(CitizenImportEntity).findOne({
      where: {
        fileSha256: entity.fileSha256,
        status: 'finished',
        id: Not(entity.id),
        startedAt: LessThan(entity.startedAt),
      },
      order: { startedAt: 'DESC' },
    });
  }

  async rejectsCsv(id: string): Promise<string | null> {
    const found = await this.dataSource
      .getRepository(CitizenImportEntity)
      .findOne({ where: { id }, select: { id: true, rejectsCsv: true } });
    return found?.rejectsCsv ?? null;
  }

  private async run(entity: CitizenImportEntity, csv: string, stewardId: string): Promise<void> {
    const repository = this.dataSource.getRepository(CitizenImportEntity);
    const rejects = new RejectsText();
    let saving: Promise<unknown> = Promise.resolve();
    const saveCounts = (summary: Readonly<ImportSummary>) => {
      const counts = countsOf(summary);
      saving = saving.then(() => repository.update({ id: entity.id, status: 'running' }, counts));
    };
    this.logger.log(`import ${entity.id} of ${entity.fileName} (${entity.fileBytes} bytes) started by ${stewardId}`);
    let summary: ImportSummary | undefined;
    let failure: string | null = null;
    try {
      summary = await importCitizenCsv(this.dataSource, readCsv(Readable.from([csv])), {
        reason: `import ${entity.fileName}`,
        changedBy: stewardId,
        batchSize: UPLOAD_BATCH_SIZE,
        rejects,
        onBatch: saveCounts,
        shouldStop: () => this.stopping,
      });
    } catch (error) {
      this.logger.error(`import ${entity.id} failed`, error);
      failure =
        'The import stopped on an error of the registry. The rows registered before it stay registered: ' +
        'upload the file again to load the rest.';
    }
    try {
      await saving;
      const status = failure ? 'failed' : this.stopping ? 'interrupted' : 'finished';
      await repository.update(
        { id: entity.id },
        {
          ...(summary ? countsOf(summary) : {}),
          status,
          finishedAt: () => 'clock_timestamp()',
          failure: status === 'interrupted' ? INTERRUPTED : failure,
          rejectsCsv: rejects.text(),
        },
      );
      this.logger.log(`import ${entity.id} ${status}: ${JSON.stringify(summary ? countsOf(summary) : {})}`);
    } catch (error) {
      // The database went away: the next start marks the import interrupted.
      this.logger.error(`import ${entity.id}: could not record how it ended`, error);
    }
  }
}

function countsOf(summary: Readonly<ImportSummary>) {
  return {
    rowsRead: summary.read,
    accepted: summary.loaded,
    alreadyRegistered: summary.alreadyRegistered,
    refused: summary.rejected,
    idMismatches: summary.idMismatches,
  };
}

/** Refuses, before anything starts, a file that is empty or whose header does not name the citizens' columns. */
function checkFileHeader(csv: string): void {
  const parser = new CsvParser();
  const [header] = [...parser.push(csv), ...parser.end()];
  if (!header) throw new ImportFileInvalidError('the file is empty: it needs a header line naming the columns');
  try {
    checkHeader(header, CITIZEN_COLUMNS);
  } catch (error) {
    if (error instanceof ImportFileError) throw new ImportFileInvalidError(error.message);
    throw error;
  }
}
