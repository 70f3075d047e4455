import { pathParam, type ConsoleRoute } from '../console-route';
import { AgenciesPage } from './AgenciesPage';
import { AgreementPage } from './AgreementPage';
import { AgreementsPage } from './AgreementsPage';
import { ProposeAgreementPage } from './ProposeAgreementPage';

const NEW_AGREEMENT = '/console/agreements/new';

/** The admin section's pages, in the order of the navigation. */
export const ADMIN_ROUTES: ConsoleRoute[] = [
  {
    href: '/console/agencies',
    label: 'admin.nav.agencies',
    roles: ['admin'],
    matches: (path) => path === '/console/agencies',
    page: AgenciesPage,
  },
  {
    href: '/console/agreements',
    label: 'admin.nav.agreements',
    roles: ['admin'],
    matches: (path) => path === '/console/agreements',
    page: AgreementsPage,
  },
  {
    label: 'admin.nav.proposeAgreement',
    roles: ['admin'],
    matches: (path) => path === NEW_AGREEMENT,
    page: ProposeAgreementPage,
  },
  {
    label: 'admin.nav.agreement',
    roles: ['admin'],
    // One version's page: /console/agreements/<version id>.
    matches: (path) => path !== NEW_AGREEMENT && pathParam(path, '/console/agreements/') !== null,
    page: AgreementPage,
  },
];
