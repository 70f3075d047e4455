import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/api-error';
import { demoSignIn, identityProviderSignInUrl, listDemoCitizens, type Session } from '../../api/session';
import { ErrorNotice, Loading } from '../../app/notices';
import { useLocation } from '../../app/router';
import { useLoad } from '../../app/use-load';
import { useT } from '../../i18n/locale';

type SignInOptions = Extract<Session, { signedIn: false }>['signIn'];

/**
 * Sign-in: the national identity provider when one is configured (a full-page visit to the
 * server, which runs the authorization-code flow); in development without one, a clearly
 * marked demo sign-in as one of the sample citizens.
 */
export function SignInPage({ options, onSignedIn }: { options: SignInOptions; onSignedIn: () => void }) {
  const { t } = useT();
  const { query } = useLocation();
  // The server sends a sign-in that did not hold back here with its code (and no session).
  const failure = query.get('signInError');
  query.delete('signInError');
  const rest = query.toString();
  const returnTo = window.location.pathname + (rest ? `?${rest}` : '');
  return (
    <section className="sign-in" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t('signIn.title')}</h1>
      {failure && (
        <div className="notice notice-error" role="alert">
          <p>
            {t(failure === 'IDENTITY_PROVIDER_UNAVAILABLE' ? 'signIn.providerUnavailable' : 'signIn.providerFailed')}
          </p>
        </div>
      )}
      <p>{t('signIn.intro')}</p>
      {options.identityProvider && (
        <p>
          <a className="button-primary" href={identityProviderSignInUrl(returnTo === '/' ? '/record' : returnTo)}>
            {t('signIn.withProvider')}
          </a>
        </p>
      )}
      {options.demo && <DemoSignIn onSignedIn={onSignedIn} />}
      {!options.identityProvider && !options.demo && <p className="notice">{t('signIn.unavailable')}</p>}
    </section>
  );
}

function DemoSignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useT();
  const citizens = useLoad(listDemoCitizens, 'demo-citizens');
  const [chosen, setChosen] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const personalIdNumber = chosen || citizens.data?.[0]?.personalIdNumber;
    if (!personalIdNumber) return;
    setBusy(true);
    setError(null);
    try {
      await demoSignIn(personalIdNumber);
      onSignedIn();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('INTERNAL', String(caught)));
      setBusy(false);
    }
  };
  return (
    <section className="demo-sign-in" aria-labelledby="demo-title">
      <h2 id="demo-title">
        <span className="badge badge-demo">{t('session.demoBadge')}</span> {t('signIn.demoTitle')}
      </h2>
      <p className="notice notice-warning">{t('signIn.demoWarning')}</p>
      {citizens.state === 'loading' && <Loading />}
      {citizens.state === 'failed' && <ErrorNotice error={citizens.error} onRetry={citizens.reload} />}
      {citizens.state === 'ready' &&
        (citizens.data.length === 0 ? (
          <p>{t('signIn.demoNone')}</p>
        ) : (
          <form onSubmit={(event) => void submit(event)}>
            <label htmlFor="demo-citizen">{t('signIn.demoCitizen')}</label>
            <select
              id="demo-citizen"
              value={chosen || citizens.data[0].personalIdNumber}
              onChange={(event) => setChosen(event.target.value)}
            >
              {citizens.data.map((citizen) => (
                <option key={citizen.personalIdNumber} value={citizen.personalIdNumber}>
                  {citizen.fullName} — {citizen.personalIdNumber}
                </option>
              ))}
            </select>
            <button type="submit" className="button-primary" disabled={busy}>
              {t('signIn.demoSubmit')}
            </button>
          </form>
        ))}
      {error && (
        <ErrorNotice
          error={error}
          own={{ INVALID_PERSONAL_ID: 'signIn.unknownDemoCitizen', UNKNOWN_DEMO_CITIZEN: 'signIn.unknownDemoCitizen' }}
        />
      )}
    </section>
  );
}
