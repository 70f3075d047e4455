import type { MessageId } from '../../../i18n/catalogue';

/** The queue's own words for the codes its calls can meet; the common ones cover the rest. */
export const QUEUE_ERRORS: Partial<Record<string, MessageId>> = {
  SELF_APPROVAL_FORBIDDEN: 'queue.error.SELF_APPROVAL_FORBIDDEN',
  STALE_VERSION: 'queue.error.STALE_VERSION',
  CHANGE_REQUEST_DECIDED: 'queue.error.CHANGE_REQUEST_DECIDED',
  CHANGE_REQUEST_NOT_FOUND: 'queue.error.CHANGE_REQUEST_NOT_FOUND',
  INVALID_MERGE: 'queue.error.INVALID_MERGE',
  CITIZEN_NOT_FOUND: 'queue.error.CITIZEN_NOT_FOUND',
  FINDING_NOT_FOUND: 'queue.error.FINDING_NOT_FOUND',
  FINDING_RESOLVED: 'queue.error.FINDING_RESOLVED',
  INVALID_TEXT: 'queue.error.INVALID_TEXT',
};

/**
 * Refusals that say the item is no longer what the list showed (decided, superseded, gone,
 * or not the caller's to approve): the dialog closes, the page says why and the list reloads.
 */
export const SETTLED_CODES = new Set([
  'SELF_APPROVAL_FORBIDDEN',
  'STALE_VERSION',
  'CHANGE_REQUEST_DECIDED',
  'CHANGE_REQUEST_NOT_FOUND',
  'INVALID_MERGE',
  'FINDING_NOT_FOUND',
  'FINDING_RESOLVED',
]);
