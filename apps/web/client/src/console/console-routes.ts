import { ADMIN_ROUTES } from './admin/routes';
import { AUDITOR_ROUTES } from './auditors/routes';
import type { ConsoleRoute } from './console-route';
import { ConsoleHome } from './home/ConsoleHome';
import { IMPORT_ROUTES } from './imports/routes';
import type { StaffRole } from './staff-session';
import { STEWARD_ROUTES } from './stewards/routes';

const HOME: ConsoleRoute = {
  href: '/console',
  label: 'console.nav.home',
  roles: ['steward:population', 'steward:business', 'admin', 'auditor'],
  matches: (path) => path === '/console' || path === '/console/',
  page: ConsoleHome,
};

/** Every console page; each section keeps its own list in its folder's routes.ts. */
export const CONSOLE_ROUTES: readonly ConsoleRoute[] = [
  HOME,
  ...STEWARD_ROUTES,
  ...IMPORT_ROUTES,
  ...ADMIN_ROUTES,
  ...AUDITOR_ROUTES,
];

/** The pages a role may open, in navigation order. */
export const routesFor = (role: StaffRole): ConsoleRoute[] =>
  CONSOLE_ROUTES.filter((route) => route.roles.includes(role));

/** The page for a path, if the role may open it. */
export const consolePageFor = (role: StaffRole, path: string): ConsoleRoute | null =>
  routesFor(role).find((route) => route.matches(path)) ?? null;

/** Whether another role could open this path (the page says "not for your role", not "no such page"). */
export const pageExistsForAnotherRole = (path: string): boolean => CONSOLE_ROUTES.some((route) => route.matches(path));
