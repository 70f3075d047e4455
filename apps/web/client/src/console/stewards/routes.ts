import type { ConsoleRoute } from '../console-route';
import { CITIZEN_ROUTES } from './citizens/routes';
import { ENTERPRISE_ROUTES } from './enterprises/routes';
import { MERGE_ROUTES } from './merge/routes';
import { QUEUE_ROUTES } from './queue/routes';

/** The stewards section's pages, in the order of the navigation: each folder keeps its own list. */
export const STEWARD_ROUTES: ConsoleRoute[] = [
  ...QUEUE_ROUTES,
  ...CITIZEN_ROUTES,
  ...MERGE_ROUTES,
  ...ENTERPRISE_ROUTES,
];
