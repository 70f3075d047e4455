import type { ConsoleRoute } from '../console-route';

/** The auditors section's pages, in the order of the navigation. */
export const AUDITOR_ROUTES: ConsoleRoute[] = [];
