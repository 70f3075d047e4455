import type { ConsoleRoute } from '../console-route';
import { QUEUE_ROUTES } from './queue/routes';

/** The stewards section's pages, in the order of the navigation: each folder keeps its own list. */
export const STEWARD_ROUTES: ConsoleRoute[] = [...QUEUE_ROUTES];
