import type { MessageId } from '../../i18n/catalogue';

/** The admin pages' message for each error code the exchange gives them; others fall to the common ones. */
export const ADMIN_ERRORS: Partial<Record<string, MessageId>> = {
  SELF_APPROVAL_FORBIDDEN: 'admin.error.SELF_APPROVAL_FORBIDDEN',
  AGREEMENT_NOT_FOUND: 'admin.error.AGREEMENT_NOT_FOUND',
  AGREEMENT_NOT_PROPOSED: 'admin.error.AGREEMENT_NOT_PROPOSED',
  AGREEMENT_NOT_IN_FORCE: 'admin.error.AGREEMENT_NOT_IN_FORCE',
  AGREEMENT_CHANGE_PENDING: 'admin.error.AGREEMENT_CHANGE_PENDING',
  STALE_VERSION: 'admin.error.STALE_VERSION',
  NO_CHANGE: 'admin.error.NO_CHANGE',
  UNKNOWN_CATEGORY: 'admin.error.UNKNOWN_CATEGORY',
  UNKNOWN_PURPOSE: 'admin.error.UNKNOWN_PURPOSE',
  INVALID_VALIDITY_WINDOW: 'admin.error.INVALID_VALIDITY_WINDOW',
  INVALID_LIMIT: 'admin.error.INVALID_LIMIT',
  INVALID_SEALED_DISCLOSURE: 'admin.error.INVALID_SEALED_DISCLOSURE',
  INVALID_TEXT: 'admin.error.INVALID_TEXT',
  AGENCY_NOT_FOUND: 'admin.error.AGENCY_NOT_FOUND',
  AGENCY_SYSTEM_NOT_FOUND: 'admin.error.AGENCY_SYSTEM_NOT_FOUND',
  AGENCY_SYSTEM_STATUS_CONFLICT: 'admin.error.AGENCY_SYSTEM_STATUS_CONFLICT',
  SYSTEM_KEY_NOT_PENDING: 'admin.error.SYSTEM_KEY_NOT_PENDING',
  SYSTEM_KEY_NOT_FOUND: 'admin.error.SYSTEM_KEY_NOT_FOUND',
  SYSTEM_KEY_ALREADY_REVOKED: 'admin.error.SYSTEM_KEY_ALREADY_REVOKED',
  SYSTEM_KEY_ALREADY_REGISTERED: 'admin.error.SYSTEM_KEY_ALREADY_REGISTERED',
  AGENCY_SYSTEM_ALREADY_REGISTERED: 'admin.error.AGENCY_SYSTEM_ALREADY_REGISTERED',
  INVALID_PUBLIC_KEY: 'admin.error.INVALID_PUBLIC_KEY',
};

/**
 * The four-eyes rule as the exchange applies it (libs/auth isSameOperator): operator ids are
 * compared without regard to case. The console uses it only to disable what the server would refuse.
 */
export const isSameOperator = (a: string | null | undefined, b: string | null | undefined): boolean =>
  !!a && !!b && a.toLowerCase() === b.toLowerCase();
