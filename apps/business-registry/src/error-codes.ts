import { errorCatalogue } from '@app/errors';

export const BUSINESS_ERRORS = errorCatalogue('business-registry', {
  ENTERPRISE_NOT_FOUND: 'No enterprise with this code.',
  ENTERPRISE_ALREADY_REGISTERED: 'An enterprise with this code is already registered.',
  INVALID_AMENDMENT: 'An amendment the registration rules do not allow (e.g. removing the last representative).',
});
