import { DomainError, InvalidInputError, NotFoundError } from '@app/errors';

export class CitizenImportNotFoundError extends NotFoundError {
  readonly code = 'CITIZEN_IMPORT_NOT_FOUND';

  constructor(id: string) {
    super(`No citizen import with id ${id}`, { id });
  }
}

/** Another import is still running; nothing was started. */
export class ImportAlreadyRunningError extends DomainError {
  readonly code = 'IMPORT_ALREADY_RUNNING';

  constructor(running: { id: string; fileName: string }) {
    super(`The import of ${running.fileName} is still running: wait until it ends, then start this one`, {
      runningImportId: running.id,
    });
  }
}

/** The upload is larger than one request carries; the command-line import takes any size. */
export class ImportFileTooLargeError extends InvalidInputError {
  constructor(bytes: number, maxBytes: number) {
    super(
      'csv',
      `the file has ${bytes} bytes, more than the ${maxBytes} an upload may have: split it, or use npm run import`,
      'IMPORT_FILE_TOO_LARGE',
    );
  }
}

/** The file's header (or the file itself) does not fit the citizens' columns; nothing was started. */
export class ImportFileInvalidError extends InvalidInputError {
  constructor(reason: string) {
    super('csv', reason, 'IMPORT_FILE_INVALID');
  }
}
