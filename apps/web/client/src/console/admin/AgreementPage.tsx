import './admin.css';
import { useState } from 'react';
import { ErrorNotice, Loading } from '../../app/notices';
import { Link, navigate, useLocation } from '../../app/router';
import { useLoad } from '../../app/use-load';
import { useT } from '../../i18n/locale';
import { pathParam } from '../console-route';
import { ADMIN_ERRORS } from './admin-errors';
import { AgreementDecision } from './AgreementDecision';
import { AgreementForm } from './AgreementForm';
import { changesFrom, valuesOf } from './agreement-form';
import { AgreementStatusBadge } from './AgreementStatusBadge';
import { AgreementVersions } from './AgreementVersions';
import { AgreementWithdraw } from './AgreementWithdraw';
import { amendAgreement, fetchAgreement, fetchPurposes, type Agreement } from './agreements-api';
import { TermsComparison } from './TermsComparison';

const DONE = ['proposed', 'approved', 'rejected', 'amended', 'amendedInForce', 'withdrawn'] as const;

/**
 * /console/agreements/<version id>: the version beside the one it replaces (for a proposal, the
 * terms in force), the difference per term, the decision of a second administrator, the
 * agreement's versions, and an amendment of the version in force.
 */
export function AgreementPage() {
  const { t } = useT();
  const { path, query } = useLocation();
  const id = pathParam(path, '/console/agreements/') ?? '';
  const [reloads, setReloads] = useState(0);
  const [amending, setAmending] = useState(false);
  const agreement = useLoad(() => fetchAgreement(id), `${id}:${reloads}`);
  const purposes = useLoad(fetchPurposes, 'purposes');
  const done = DONE.find((value) => value === query.get('done'));
  const finish = (outcome: (typeof DONE)[number], nextId = id) => {
    setAmending(false);
    setReloads((n) => n + 1);
    // A new version has a page of its own; a decision stays on this one.
    navigate(`/console/agreements/${nextId}?done=${outcome}`, { replace: nextId === id });
  };
  const data = agreement.data?.id === id ? agreement.data : null;
  if (!data) {
    return (
      <>
        <h1>{t('admin.agreement.titleLoading')}</h1>
        {agreement.state === 'failed' ? (
          <ErrorNotice error={agreement.error} own={ADMIN_ERRORS} onRetry={agreement.reload} />
        ) : (
          <Loading />
        )}
      </>
    );
  }
  const replaced = data.versions.find((version) => version.id === data.supersedesId) ?? null;
  const inForce = data.versions.find((version) => version.status === 'APPROVED') ?? null;
  const pending = data.versions.find((version) => version.status === 'PROPOSED' && version.id !== data.id);
  const label = (version: Agreement) =>
    t('admin.terms.versionLabel', {
      version: version.version,
      status: t(`admin.agreement.status.${version.status}`),
    });
  return (
    <>
      <h1>{t('admin.agreement.title', { number: data.agreementNumber, version: data.version })}</h1>
      <p>
        <Link href="/console/agreements">{t('admin.agreement.backToList')}</Link>
      </p>
      {done && (
        <div className="notice notice-success" role="status">
          <p>{t(`admin.done.${done}`)}</p>
        </div>
      )}
      {agreement.state === 'failed' && (
        <ErrorNotice error={agreement.error} own={ADMIN_ERRORS} onRetry={agreement.reload} />
      )}
      <dl className="facts">
        <dt>{t('admin.agreement.status')}</dt>
        <dd>
          <AgreementStatusBadge status={data.status} />
        </dd>
        <dt>{t('admin.agreement.agency')}</dt>
        <dd>{data.agencyCode}</dd>
        <dt>{t('admin.agreement.proposedBy')}</dt>
        <dd>{data.proposedBy}</dd>
        {data.decidedBy && (
          <>
            <dt>{t('admin.agreement.decidedBy')}</dt>
            <dd>{data.decidedBy}</dd>
          </>
        )}
        <dt>{t('admin.agreement.note')}</dt>
        <dd className="prose">{data.changeNote}</dd>
      </dl>
      {pending && (
        <p className="notice notice-warning">
          {t('admin.agreement.pendingElsewhere', { version: pending.version })}{' '}
          <Link href={`/console/agreements/${pending.id}`}>
            {t('admin.agreement.openPending', { version: pending.version })}
          </Link>
        </p>
      )}
      <section aria-labelledby="admin-terms">
        <h2 id="admin-terms">{data.status === 'PROPOSED' ? t('admin.terms.titleProposal') : t('admin.terms.title')}</h2>
        <TermsComparison
          caption={t('admin.terms.caption', { number: data.agreementNumber })}
          beforeLabel={replaced ? label(replaced) : t('admin.terms.nothingBefore')}
          afterLabel={label(data)}
          before={replaced}
          after={data}
          purposes={purposes.data ?? []}
        />
      </section>
      {data.status === 'PROPOSED' && <AgreementDecision proposal={data} onDecided={(decision) => finish(decision)} />}
      {data.status === 'APPROVED' && inForce && (
        <section aria-labelledby="admin-amend" className="card">
          <h2 id="admin-amend">{t('admin.amend.title')}</h2>
          <p>{t('admin.amend.intro')}</p>
          {!amending ? (
            <button type="button" className="button-secondary" onClick={() => setAmending(true)}>
              {t('admin.amend.open')}
            </button>
          ) : (
            <AgreementForm
              initial={valuesOf(data.agencyCode, data)}
              inForce={data}
              agencies={null}
              purposes={purposes.data ?? []}
              submitLabel={t('admin.amend.submit')}
              onSubmit={async (input) => {
                const amendment = await amendAgreement({
                  agreementNumber: data.agreementNumber,
                  expectedVersion: data.version,
                  changes: changesFrom(data, input),
                  note: input.note,
                });
                const next = amendment.agreement;
                finish(next.status === 'APPROVED' ? 'amendedInForce' : 'amended', next.id);
              }}
            />
          )}
        </section>
      )}
      {data.status === 'APPROVED' && (
        <AgreementWithdraw inForce={data} onWithdrawn={(withdrawn) => finish('withdrawn', withdrawn.id)} />
      )}
      <AgreementVersions versions={data.versions} current={data.id} />
    </>
  );
}
