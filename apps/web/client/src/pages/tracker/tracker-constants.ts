import type { MessageId } from '../../i18n/catalogue';

/** Entries a page of the timeline shows: a phone's few screens. */
export const PAGE_SIZE = 20;

/** The page's own words for the codes it can meet; the common ones cover the rest. */
export const TRACKER_ERRORS: Partial<Record<string, MessageId>> = {
  ACCESS_ENTRY_NOT_FOUND: 'tracker.dispute.notFound',
  ACCESS_DISPUTE_ALREADY_OPEN: 'tracker.dispute.alreadyOpen',
  CURSOR_FILTERS_CHANGED: 'tracker.page.stale',
};
