import type { ConsoleRoute } from '../console-route';

/** The imports section's pages, in the order of the navigation. */
export const IMPORT_ROUTES: ConsoleRoute[] = [];
