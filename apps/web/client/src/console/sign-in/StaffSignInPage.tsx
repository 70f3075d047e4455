import { useState } from 'react';
import { ApiError } from '../../api/api-error';
import { ErrorNotice, Loading } from '../../app/notices';
import { useLocation } from '../../app/router';
import { useLoad } from '../../app/use-load';
import { useT } from '../../i18n/locale';
import {
  demoStaffSignIn,
  listDemoStaff,
  staffProviderSignInUrl,
  type StaffMember,
  type StaffSession,
} from '../api/staff-session';
import { roleOf, type StaffRole } from '../staff-session';

type SignInOptions = Extract<StaffSession, { signedIn: false }>['signIn'];

const ROLE_ORDER: StaffRole[] = ['steward:population', 'steward:business', 'admin', 'auditor'];

/**
 * Staff sign-in: the staff identity provider when one is configured (a full-page visit to the
 * server, which runs the authorization-code flow), else, in development only, the demo staff.
 */
export function StaffSignInPage({ options, onSignedIn }: { options: SignInOptions; onSignedIn: () => void }) {
  const { t } = useT();
  const { query } = useLocation();
  const failure = query.get('signInError');
  query.delete('signInError');
  const rest = query.toString();
  const returnTo = window.location.pathname + (rest ? `?${rest}` : '');
  return (
    <section className="sign-in" aria-labelledby="staff-sign-in-title">
      <h1 id="staff-sign-in-title">{t('console.signIn.title')}</h1>
      {failure && (
        <div className="notice notice-error" role="alert">
          <p>
            {failure === 'IDENTITY_PROVIDER_UNAVAILABLE'
              ? t('console.signIn.providerUnavailable')
              : t('console.signIn.providerFailed', { code: failure })}
          </p>
        </div>
      )}
      <p>{t('console.signIn.intro')}</p>
      <p>
        <a href="/">{t('console.signIn.toPortal')}</a>
      </p>
      {options.identityProvider && (
        <p>
          <a className="button-primary" href={staffProviderSignInUrl(returnTo)}>
            {t('console.signIn.withProvider')}
          </a>
        </p>
      )}
      {options.demo && <DemoStaffSignIn onSignedIn={onSignedIn} />}
      {!options.identityProvider && !options.demo && <p className="notice">{t('console.signIn.unavailable')}</p>}
    </section>
  );
}

function DemoStaffSignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useT();
  const staff = useLoad(listDemoStaff, 'demo-staff');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const signIn = async (member: StaffMember) => {
    setBusy(true);
    setError(null);
    try {
      await demoStaffSignIn(member.id);
      onSignedIn();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('INTERNAL', String(caught)));
      setBusy(false);
    }
  };
  return (
    <section className="demo-sign-in" aria-labelledby="demo-staff-title">
      <h2 id="demo-staff-title">
        <span className="badge badge-demo">{t('session.demoBadge')}</span> {t('console.signIn.demoTitle')}
      </h2>
      <p className="notice notice-warning">{t('console.signIn.demoWarning')}</p>
      {staff.state === 'loading' && <Loading />}
      {staff.state === 'failed' && <ErrorNotice error={staff.error} onRetry={staff.reload} />}
      {staff.state === 'ready' && staff.data.length === 0 && <p>{t('console.signIn.demoNone')}</p>}
      {staff.state === 'ready' &&
        ROLE_ORDER.map((role) => {
          const members = staff.data.filter((member) => roleOf(member) === role);
          if (members.length === 0) return null;
          return (
            <div key={role} className="demo-staff-group">
              <h3>{t(`console.role.${role}`)}</h3>
              <ul className="plain-list">
                {members.map((member) => (
                  <li key={member.id}>
                    <button
                      type="button"
                      className="button-secondary"
                      disabled={busy}
                      onClick={() => void signIn(member)}
                    >
                      {t('console.signIn.demoAs', { name: member.name ?? member.id, id: member.id })}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      {error && <ErrorNotice error={error} own={{ UNKNOWN_DEMO_STAFF: 'console.signIn.unknownDemoStaff' }} />}
    </section>
  );
}
