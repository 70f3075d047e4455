import type { ConsoleRoute } from '../../console-route';
import { CitizenRecordPage } from './CitizenRecordPage';
import { CitizenSearchPage } from './CitizenSearchPage';
import { SEARCH_PATH, isSearchPath, personalIdNumberOf } from './citizen-paths';

/** The stewards' citizen records: search, and each record with its versions and corrections. */
export const CITIZEN_ROUTES: ConsoleRoute[] = [
  {
    href: SEARCH_PATH,
    label: 'citizens.nav',
    roles: ['steward:population'],
    matches: isSearchPath,
    page: CitizenSearchPage,
  },
  {
    label: 'citizens.nav',
    roles: ['steward:population'],
    matches: (path) => !isSearchPath(path) && personalIdNumberOf(path) !== null,
    page: CitizenRecordPage,
  },
];
