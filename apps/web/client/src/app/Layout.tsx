import type { ReactNode } from 'react';
import type { Session } from '../api/session';
import { useT } from '../i18n/locale';
import { LanguageSwitch } from './LanguageSwitch';
import { NAVIGATION } from './routes';
import { Link, useLocation } from './router';

/** The frame of every page: skip link, header with language and session, navigation, main. */
export function Layout({
  session,
  onSignOut,
  children,
}: {
  session: Session | null;
  onSignOut?: () => void;
  children: ReactNode;
}) {
  const { t } = useT();
  const { path } = useLocation();
  const signedIn = session?.signedIn === true ? session : null;
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <p className="site-name">
            <Link href="/">{t('app.name')}</Link>
          </p>
          <div className="header-tools">
            <LanguageSwitch />
            {signedIn && (
              <div className="session">
                {signedIn.demo && <span className="badge badge-demo">{t('session.demoBadge')}</span>}
                <span>{t('session.signedInAs', { personalIdNumber: signedIn.personalIdNumber })}</span>
                <button type="button" className="button-secondary" onClick={onSignOut}>
                  {t('session.signOut')}
                </button>
              </div>
            )}
          </div>
        </div>
        {signedIn && (
          <nav aria-label={t('nav.label')} className="site-nav">
            <ul>
              {NAVIGATION.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} aria-current={item.matches(path) ? 'page' : undefined}>
                    {t(item.label)}
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
    </>
  );
}
