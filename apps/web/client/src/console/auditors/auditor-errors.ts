import type { MessageId } from '../../i18n/catalogue';

/** The auditors' pages' own words for the codes their calls can meet; the common ones cover the rest. */
export const AUDITOR_ERRORS: Partial<Record<string, MessageId>> = {
  ACCESS_DISPUTE_NOT_FOUND: 'auditors.error.ACCESS_DISPUTE_NOT_FOUND',
  STALE_VERSION: 'auditors.error.STALE_VERSION',
  ACCESS_DISPUTE_STATE_CONFLICT: 'auditors.error.ACCESS_DISPUTE_STATE_CONFLICT',
  INVALID_TEXT: 'auditors.error.INVALID_TEXT',
  ACCESS_LOG_UNAVAILABLE: 'auditors.error.ACCESS_LOG_UNAVAILABLE',
  CURSOR_FILTERS_CHANGED: 'auditors.error.CURSOR_FILTERS_CHANGED',
  INVALID_LOG_SIZE: 'auditors.error.INVALID_LOG_SIZE',
  LOG_SIZES_REVERSED: 'auditors.error.LOG_SIZES_REVERSED',
  LOG_SIZE_OUT_OF_RANGE: 'auditors.error.LOG_SIZE_OUT_OF_RANGE',
  CHECKPOINT_NOT_FOUND: 'auditors.error.CHECKPOINT_NOT_FOUND',
  FORBIDDEN: 'auditors.error.FORBIDDEN',
  REPORT_PERIOD_TOO_LONG: 'auditors.error.REPORT_PERIOD_TOO_LONG',
};
