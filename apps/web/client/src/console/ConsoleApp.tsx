import { useEffect, useState } from 'react';
import { SESSION_ENDED_EVENT } from '../api/api-error';
import { ErrorNotice, Loading } from '../app/notices';
import { Link, navigate, useLocation } from '../app/router';
import { useLoad } from '../app/use-load';
import { useT } from '../i18n/locale';
import { getStaffSession, staffSignOut } from './api/staff-session';
import { ConsoleLayout } from './ConsoleLayout';
import { consolePageFor, pageExistsForAnotherRole } from './console-routes';
import { StaffSignInPage } from './sign-in/StaffSignInPage';
import { StaffProvider, roleOf, useStaff } from './staff-session';
import './console.css';

/**
 * The staff console (everything under /console): asks the server who is signed in as staff,
 * then shows the staff sign-in or the page the path names, if the role may open it.
 */
export function ConsoleApp() {
  const [sessionKey, setSessionKey] = useState(0);
  const session = useLoad(getStaffSession, String(sessionKey));
  const [ended, setEnded] = useState(false);
  const recheck = () => {
    setEnded(false);
    setSessionKey((n) => n + 1);
  };
  useEffect(() => {
    const onEnded = () => setEnded(true);
    window.addEventListener(SESSION_ENDED_EVENT, onEnded);
    return () => window.removeEventListener(SESSION_ENDED_EVENT, onEnded);
  }, []);
  const leave = async () => {
    const endSessionUrl = await staffSignOut().catch(() => null);
    if (endSessionUrl) window.location.assign(endSessionUrl);
    else {
      navigate('/console', { replace: true });
      recheck();
    }
  };
  const current = session.state === 'ready' ? session.data : null;
  const staff = !ended && current?.signedIn ? current : null;
  return (
    <ConsoleLayout session={staff} onSignOut={() => void leave()}>
      {ended ? (
        <SessionEnded onSignInAgain={recheck} />
      ) : session.state === 'failed' ? (
        <ErrorNotice error={session.error} onRetry={session.reload} />
      ) : current === null ? (
        <Loading />
      ) : current.signedIn ? (
        <StaffProvider value={current.staff}>
          <ConsolePage />
        </StaffProvider>
      ) : (
        <StaffSignInPage options={current.signIn} onSignedIn={recheck} />
      )}
    </ConsoleLayout>
  );
}

function ConsolePage() {
  const { path } = useLocation();
  const { t } = useT();
  const staff = useStaff();
  const route = consolePageFor(roleOf(staff), path);
  useEffect(() => {
    // A new page: move focus to it, as a page load would, so screen readers start there.
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [path]);
  if (!route) {
    const elsewhere = pageExistsForAnotherRole(path);
    return (
      <>
        <h1>
          {elsewhere
            ? t('console.page.notForRole', { role: t(`console.role.${staff.role}`) })
            : t('console.page.notFound')}
        </h1>
        <p>
          <Link href="/console">{t('console.page.backHome')}</Link>
        </p>
      </>
    );
  }
  const Page = route.page;
  return <Page />;
}

function SessionEnded({ onSignInAgain }: { onSignInAgain: () => void }) {
  const { t } = useT();
  return (
    <div className="notice notice-warning" role="alert">
      <p>{t('session.expired')}</p>
      <button type="button" className="button-primary" onClick={onSignInAgain}>
        {t('session.signInAgain')}
      </button>
    </div>
  );
}
