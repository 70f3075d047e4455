import type { ConsoleRoute } from '../console-route';

/** The stewards section's pages, in the order of the navigation. */
export const STEWARD_ROUTES: ConsoleRoute[] = [];
