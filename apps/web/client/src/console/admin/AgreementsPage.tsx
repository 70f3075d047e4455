import './admin.css';
import { ErrorNotice, Loading } from '../../app/notices';
import { Link, setQuery, useLocation } from '../../app/router';
import type { MessageId } from '../../i18n/catalogue';
import { useT } from '../../i18n/locale';
import { ADMIN_ERRORS } from './admin-errors';
import { AgreementStatusBadge } from './AgreementStatusBadge';
import { fetchAgreements, type AgreementStatus } from './agreements-api';
import { usePages } from './use-pages';

const STATUSES: AgreementStatus[] = ['PROPOSED', 'APPROVED', 'REJECTED', 'SUPERSEDED', 'WITHDRAWN'];

const statusFrom = (query: URLSearchParams): AgreementStatus | null => {
  const value = query.get('status');
  return STATUSES.find((status) => status === value) ?? null;
};

/** /console/agreements: every version of every agreement, by number and version, filtered by status. */
export function AgreementsPage() {
  const { t, date } = useT();
  const { query } = useLocation();
  const status = statusFrom(query);
  const list = usePages((after) => fetchAgreements(status, after), status ?? 'all');
  return (
    <>
      <h1>{t('admin.agreements.title')}</h1>
      <p>{t('admin.agreements.intro')}</p>
      <p>
        <Link href="/console/agreements/new" className="button-primary">
          {t('admin.agreements.proposeNew')}
        </Link>
      </p>
      <div className="filters">
        <div>
          <label htmlFor="admin-agreement-status">{t('admin.agreements.filterStatus')}</label>
          <select
            id="admin-agreement-status"
            value={status ?? ''}
            onChange={(event) => setQuery({ status: event.target.value })}
          >
            <option value="">{t('admin.agreements.anyStatus')}</option>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`admin.agreement.status.${value}` as MessageId)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {list.page.state === 'failed' && (
        <ErrorNotice error={list.page.error} own={ADMIN_ERRORS} onRetry={list.page.reload} />
      )}
      {list.totalCount !== null && (
        <p className="muted" role="status">
          {t('admin.agreements.count', { shown: list.nodes.length, total: list.totalCount })}
        </p>
      )}
      {list.page.state === 'ready' && list.nodes.length === 0 && <p>{t('admin.agreements.none')}</p>}
      {list.nodes.length > 0 && (
        <div className="table-scroll">
          <table>
            <caption>{t('admin.agreements.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.agreement.number')}</th>
                <th scope="col">{t('admin.agreement.version')}</th>
                <th scope="col">{t('admin.agreement.agency')}</th>
                <th scope="col">{t('admin.agreement.status')}</th>
                <th scope="col">{t('admin.agreement.validity')}</th>
                <th scope="col">{t('admin.agreement.proposedBy')}</th>
              </tr>
            </thead>
            <tbody>
              {list.nodes.map((agreement) => (
                <tr key={agreement.id}>
                  <th scope="row">
                    <Link href={`/console/agreements/${agreement.id}`}>
                      {t('admin.agreements.link', {
                        number: agreement.agreementNumber,
                        version: agreement.version,
                      })}
                    </Link>
                  </th>
                  <td>{agreement.version}</td>
                  <td>{agreement.agencyCode}</td>
                  <td>
                    <AgreementStatusBadge status={agreement.status} />
                  </td>
                  <td>
                    {agreement.validTo
                      ? t('admin.agreement.window', { from: date(agreement.validFrom), to: date(agreement.validTo) })
                      : t('admin.agreement.windowOpen', { from: date(agreement.validFrom) })}
                  </td>
                  <td>{agreement.proposedBy}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.page.state === 'loading' && <Loading />}
      {list.loadMore && (
        <div className="actions">
          <button type="button" className="button-secondary" onClick={list.loadMore}>
            {t('admin.loadMore')}
          </button>
        </div>
      )}
    </>
  );
}
