import { pathParam, under, type ConsoleRoute } from '../../console-route';
import { EnterpriseLookupPage } from './EnterpriseLookupPage';
import { ENTERPRISES_PATH, EnterprisePage } from './EnterprisePage';

/** The business steward's enterprise pages: the lookup by code (in the navigation) and one record. */
// The record first: the lookup's route matches the records below it too, so that its
// navigation link stays marked as the current section on a record.
export const ENTERPRISE_ROUTES: ConsoleRoute[] = [
  {
    label: 'enterprises.nav',
    roles: ['steward:business'],
    matches: (path) => pathParam(path, `${ENTERPRISES_PATH}/`) !== null,
    page: EnterprisePage,
  },
  {
    href: ENTERPRISES_PATH,
    label: 'enterprises.nav',
    roles: ['steward:business'],
    matches: under(ENTERPRISES_PATH),
    page: EnterpriseLookupPage,
  },
];
