import type { MessageId } from '../../i18n/catalogue';

/** The registry's refusals of an upload, in the steward's words. */
export const IMPORT_ERRORS: Partial<Record<string, MessageId>> = {
  IMPORT_FILE_INVALID: 'imports.error.IMPORT_FILE_INVALID',
  IMPORT_FILE_TOO_LARGE: 'imports.error.IMPORT_FILE_TOO_LARGE',
  IMPORT_ALREADY_RUNNING: 'imports.error.IMPORT_ALREADY_RUNNING',
  CITIZEN_IMPORT_NOT_FOUND: 'imports.error.CITIZEN_IMPORT_NOT_FOUND',
  BAD_USER_INPUT: 'imports.error.BAD_USER_INPUT',
};
