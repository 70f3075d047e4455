import type { ReactNode } from 'react';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { Link, useLocation } from '../app/router';
import { useT } from '../i18n/locale';
import type { StaffSession } from './api/staff-session';
import { routesFor } from './console-routes';
import { roleOf } from './staff-session';

type SignedIn = Extract<StaffSession, { signedIn: true }>;

/** The frame of every console page: skip link, header with language and staff session, the role's navigation. */
export function ConsoleLayout({
  session,
  onSignOut,
  children,
}: {
  session: SignedIn | null;
  onSignOut: () => void;
  children: ReactNode;
}) {
  const { t } = useT();
  const { path } = useLocation();
  const role = session ? roleOf(session.staff) : null;
  return (
    <div className="console">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header console-header">
        <div className="site-header-inner">
          <p className="site-name">
            <Link href="/console">{t('console.name')}</Link>
          </p>
          <div className="header-tools">
            <LanguageSwitch />
            {session && role && (
              <div className="session">
                {session.demo && <span className="badge badge-demo">{t('session.demoBadge')}</span>}
                <span>
                  {t('console.signedInAs', {
                    name: session.staff.name ?? session.staff.id,
                    id: session.staff.id,
                    role: t(`console.role.${role}`),
                  })}
                </span>
                <button type="button" className="button-secondary" onClick={onSignOut}>
                  {t('session.signOut')}
                </button>
              </div>
            )}
          </div>
        </div>
        {role && (
          <nav aria-label={t('console.nav.label')} className="site-nav">
            <ul>
              {routesFor(role)
                .filter((route) => route.href)
                .map((route) => (
                  <li key={route.href}>
                    <Link href={route.href!} aria-current={route.matches(path) ? 'page' : undefined}>
                      {t(route.label)}
                    </Link>
                  </li>
                ))}
            </ul>
          </nav>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
