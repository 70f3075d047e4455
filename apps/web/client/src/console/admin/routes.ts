import type { ConsoleRoute } from '../console-route';

/** The admin section's pages, in the order of the navigation. */
export const ADMIN_ROUTES: ConsoleRoute[] = [];
