import type { ComponentType } from 'react';
import type { MessageId } from '../i18n/catalogue';
import { ConsentsPage } from '../pages/consents/ConsentsPage';
import { RecordPage } from '../pages/record/RecordPage';
import { TrackerPage } from '../pages/tracker/TrackerPage';

interface NavigationItem {
  href: string;
  label: MessageId;
  matches: (path: string) => boolean;
  page: ComponentType;
}

/** The signed-in pages, in the order of the navigation; "/" is the record. */
export const NAVIGATION: NavigationItem[] = [
  { href: '/record', label: 'nav.record', matches: (path) => path === '/' || path === '/record', page: RecordPage },
  { href: '/tracker', label: 'nav.tracker', matches: (path) => path.startsWith('/tracker'), page: TrackerPage },
  { href: '/consents', label: 'nav.consents', matches: (path) => path.startsWith('/consents'), page: ConsentsPage },
];

export const pageFor = (path: string): ComponentType | null =>
  NAVIGATION.find((item) => item.matches(path))?.page ?? null;
