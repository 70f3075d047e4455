import { under, type ConsoleRoute } from '../console-route';
import { IMPORTS_PATH } from './imports-path';
import { ImportsPage } from './ImportsPage';

/** The population steward's bulk import of citizens from a CSV file. */
export const IMPORT_ROUTES: ConsoleRoute[] = [
  {
    href: IMPORTS_PATH,
    label: 'imports.nav',
    roles: ['steward:population'],
    matches: under(IMPORTS_PATH),
    page: ImportsPage,
  },
];
