import type { MessageId } from '../../../i18n/catalogue';

/** The correction's refusals in words; any other code is shown by the common notice, with the code. */
export const CORRECTION_ERRORS: Partial<Record<string, MessageId>> = {
  STALE_VERSION: 'citizens.error.STALE_VERSION',
  NO_CHANGE: 'citizens.error.NO_CHANGE',
  INVALID_DATE: 'citizens.error.INVALID_DATE',
  CITIZEN_NOT_FOUND: 'citizens.error.CITIZEN_NOT_FOUND',
  INVALID_PERSONAL_ID: 'citizens.error.INVALID_PERSONAL_ID',
  INVALID_TEXT: 'citizens.error.INVALID_TEXT',
  INVALID_CHARACTERS: 'citizens.error.INVALID_CHARACTERS',
};
