import { useId } from 'react';
import { useT } from '../../i18n/locale';
import type { Consent, ConsentAction } from './consent-api';
import { ConsentTerms } from './ConsentTerms';
import { Receipts } from './Receipts';

const BADGE: Record<Consent['status'], string> = {
  ACTIVE: 'badge-ok',
  PAUSED: 'badge-muted',
  SPENT: 'badge-muted',
  REVOKED: 'badge-danger',
  EXPIRED: 'badge-muted',
};

/** One consent the citizen gave: its terms, its use, one button per change it allows, its receipts. */
export function ConsentCard({
  consent,
  busy,
  onAction,
}: {
  consent: Consent;
  busy: boolean;
  onAction: (action: ConsentAction) => void;
}) {
  const { t, dateTime } = useT();
  const id = useId();
  const live = consent.status === 'ACTIVE' || consent.status === 'PAUSED';
  return (
    <article className="card consent" aria-labelledby={`${id}-title`} data-consent-id={consent.id}>
      <h4 id={`${id}-title`}>{consent.agency.nameVi}</h4>
      <ConsentTerms terms={consent} categoriesLabel="consents.fact.categories">
        <dt>{t('consents.fact.status')}</dt>
        <dd>
          <span className={`badge ${BADGE[consent.status]}`}>{t(`consents.status.${consent.status}`)}</span>
        </dd>
        <dt>{t('consents.fact.grantedAt')}</dt>
        <dd>{dateTime(consent.grantedAt)}</dd>
        {consent.revokedAt && (
          <>
            <dt>{t('consents.fact.revokedAt')}</dt>
            <dd>{dateTime(consent.revokedAt)}</dd>
          </>
        )}
        <dt>{t('consents.fact.use')}</dt>
        <dd>
          {consent.useCount === 0 || !consent.lastUsedAt
            ? t('consents.useNever')
            : t('consents.use', { count: consent.useCount, last: dateTime(consent.lastUsedAt) })}
        </dd>
      </ConsentTerms>
      {live && (
        <div className="actions">
          {consent.status === 'ACTIVE' ? (
            <button type="button" className="button-secondary" disabled={busy} onClick={() => onAction('pause')}>
              {t('consents.pause')}
            </button>
          ) : (
            <button type="button" className="button-secondary" disabled={busy} onClick={() => onAction('resume')}>
              {t('consents.resume')}
            </button>
          )}
          <button type="button" className="button-danger" disabled={busy} onClick={() => onAction('revoke')}>
            {t('consents.revoke')}
          </button>
        </div>
      )}
      <Receipts consent={consent} />
    </article>
  );
}
