import { errorCatalogue } from '@app/errors';

export const ACCESS_ERRORS = errorCatalogue('libs/access', {
  ACCESS_LOG_UNAVAILABLE: 'The access log could not record the read in time: no data was released.',
  UNKNOWN_CATEGORY: 'A data category the catalogue does not hold.',
  UNKNOWN_FIELD: 'explainAccess was asked about a field the record type does not have.',
  CURSOR_FILTERS_CHANGED: 'An access-log cursor used with other filters than the ones it was made under.',
});
