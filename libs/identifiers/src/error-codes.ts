import { errorCatalogue } from '@app/errors';

export const IDENTIFIER_ERRORS = errorCatalogue('libs/identifiers', {
  INVALID_PERSONAL_ID: 'Not a valid 12-digit personal ID number (province, century and sex, year of birth).',
  INVALID_ENTERPRISE_CODE: 'Not a valid 10-digit enterprise code (check digit, issuable prefix).',
  INVALID_BRANCH_CODE: 'Not a valid branch code: the enterprise code and a 3-digit branch number.',
});
