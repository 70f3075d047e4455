import { under, type ConsoleRoute } from '../../console-route';
import { MERGE_PATH, MergePage } from './MergePage';

/** The population steward's merge of two records of one person. */
export const MERGE_ROUTES: ConsoleRoute[] = [
  {
    href: MERGE_PATH,
    label: 'merge.nav',
    roles: ['steward:population'],
    matches: under(MERGE_PATH),
    page: MergePage,
  },
];
