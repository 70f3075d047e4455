import { errorCatalogue } from '@app/errors';

export const PAGINATION_ERRORS = errorCatalogue('libs/pagination', {
  INVALID_CURSOR: 'A page cursor that this list did not hand out, or one sealed for another list.',
});
