import type { ComponentType } from 'react';
import type { MessageId } from '../i18n/catalogue';
import type { StaffRole } from './staff-session';

/**
 * One console page: where it lives, who may see it, and (when `href` is set) its place in the
 * navigation. The console hides what a role may not do; the subgraphs still decide each call.
 */
export interface ConsoleRoute {
  /** The navigation link; omitted for pages reached from another page (a record, a version). */
  href?: string;
  label: MessageId;
  roles: readonly StaffRole[];
  matches: (path: string) => boolean;
  page: ComponentType;
}

/** `/console/citizens/079…` → `079…` for the prefix `/console/citizens/`; null when the path is not under it. */
export function pathParam(path: string, prefix: string): string | null {
  if (!path.startsWith(prefix)) return null;
  const rest = path.slice(prefix.length).split('/')[0];
  return rest ? decodeURIComponent(rest) : null;
}

/** A route matching `prefix` exactly or any path below it. */
export const under =
  (prefix: string) =>
  (path: string): boolean =>
    path === prefix || path.startsWith(`${prefix}/`);
