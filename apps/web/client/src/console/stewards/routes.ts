import type { ConsoleRoute } from '../console-route';
import { CITIZEN_ROUTES } from './citizens/routes';
import { QUEUE_ROUTES } from './queue/routes';

/** The stewards section's pages, in the order of the navigation: each folder keeps its own list. */
export const STEWARD_ROUTES: ConsoleRoute[] = [...QUEUE_ROUTES, ...CITIZEN_ROUTES];
