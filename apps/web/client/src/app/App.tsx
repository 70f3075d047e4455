import { useEffect, useState } from 'react';
import { SESSION_ENDED_EVENT } from '../api/api-error';
import { getSession, signOut } from '../api/session';
import { useT } from '../i18n/locale';
import { SignInPage } from '../pages/sign-in/SignInPage';
import { Layout } from './Layout';
import { ErrorNotice, Loading } from './notices';
import { pageFor } from './routes';
import { SessionProvider } from './session-context';
import { Link, navigate, useLocation } from './router';
import { useLoad } from './use-load';

/** Asks the server who is signed in, then shows the sign-in page or the page the path names. */
export function App() {
  const [sessionKey, setSessionKey] = useState(0);
  const session = useLoad(getSession, String(sessionKey));
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
    const endSessionUrl = await signOut().catch(() => null);
    if (endSessionUrl) window.location.assign(endSessionUrl);
    else {
      navigate('/', { replace: true });
      recheck();
    }
  };
  const current = session.state === 'ready' ? session.data : null;
  return (
    <Layout session={ended ? null : current} onSignOut={() => void leave()}>
      {ended ? (
        <SessionEnded onSignInAgain={recheck} />
      ) : session.state === 'failed' ? (
        <ErrorNotice error={session.error} onRetry={session.reload} />
      ) : current === null ? (
        <Loading />
      ) : current.signedIn ? (
        <SessionProvider value={current}>
          <SignedIn />
        </SessionProvider>
      ) : (
        <SignInPage options={current.signIn} onSignedIn={recheck} />
      )}
    </Layout>
  );
}

function SignedIn() {
  const { path } = useLocation();
  const { t } = useT();
  const Page = pageFor(path);
  useEffect(() => {
    // A new page: move focus to it, as a page load would, so screen readers start there.
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [path]);
  if (!Page)
    return (
      <>
        <h1>{t('page.notFound')}</h1>
        <p>
          <Link href="/record">{t('page.backHome')}</Link>
        </p>
      </>
    );
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
