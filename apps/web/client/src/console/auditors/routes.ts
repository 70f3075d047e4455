import type { ConsoleRoute } from '../console-route';
import { under } from '../console-route';
import { DisputePage } from './disputes/DisputePage';
import { DisputesQueuePage } from './disputes/DisputesQueuePage';
import { LogHealthPage } from './log/LogHealthPage';
import { AccessRecordsPage } from './report/AccessRecordsPage';
import { ReportPage } from './report/ReportPage';

const AUDITOR = ['auditor'] as const;

/** The auditors section's pages, in the order of the navigation. */
export const AUDITOR_ROUTES: ConsoleRoute[] = [
  {
    href: '/console/disputes',
    label: 'auditors.nav.disputes',
    roles: AUDITOR,
    matches: (path) => path === '/console/disputes',
    page: DisputesQueuePage,
  },
  {
    label: 'auditors.nav.dispute',
    roles: AUDITOR,
    matches: (path) => path.startsWith('/console/disputes/') && path.length > '/console/disputes/'.length,
    page: DisputePage,
  },
  {
    href: '/console/report',
    label: 'auditors.nav.report',
    roles: AUDITOR,
    matches: (path) => path === '/console/report',
    page: ReportPage,
  },
  {
    label: 'auditors.nav.records',
    roles: AUDITOR,
    matches: under('/console/report/records'),
    page: AccessRecordsPage,
  },
  {
    href: '/console/log',
    label: 'auditors.nav.log',
    roles: AUDITOR,
    matches: (path) => path === '/console/log',
    page: LogHealthPage,
  },
];
