import type { ConsoleRoute } from '../console-route';
import { CITIZEN_ROUTES } from './citizens/routes';

/** The stewards section's pages, in the order of the navigation. */
export const STEWARD_ROUTES: ConsoleRoute[] = [...CITIZEN_ROUTES];
