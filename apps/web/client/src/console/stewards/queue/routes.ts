import type { ConsoleRoute } from '../../console-route';
import { under } from '../../console-route';
import { QueuePage } from './QueuePage';

/**
 * The work queues. Only population stewards: the change requests, findings and duplicates
 * are the population registry's (its stewards', in libs/access/src/permissions.ts); the business registry has none.
 */
export const QUEUE_ROUTES: ConsoleRoute[] = [
  {
    href: '/console/queue',
    label: 'queue.nav',
    roles: ['steward:population'],
    matches: under('/console/queue'),
    page: QueuePage,
  },
];
