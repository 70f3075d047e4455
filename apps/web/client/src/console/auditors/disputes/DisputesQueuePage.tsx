import '../auditors.css';
import type { FormEvent } from 'react';
import { ErrorNotice, Loading } from '../../../app/notices';
import { Link, setQuery, useLocation } from '../../../app/router';
import type { MessageId } from '../../../i18n/catalogue';
import { useT } from '../../../i18n/locale';
import { AUDITOR_ERRORS } from '../auditor-errors';
import { DISPUTE_STATUSES, listDisputes, type AccessDispute, type DisputeStatus } from './disputes-api';
import { usePages } from './use-pages';
import { TableScroll } from '../TableScroll';

const PAGE_SIZE = 20;

const statusFrom = (query: URLSearchParams): DisputeStatus | null => {
  const given = query.get('status');
  return DISPUTE_STATUSES.includes(given as DisputeStatus) ? (given as DisputeStatus) : null;
};

/** The auditors' queue: citizens' disputes of access-log entries, oldest first, to take up and answer. */
export function DisputesQueuePage() {
  const { t } = useT();
  const { query } = useLocation();
  const status = statusFrom(query);
  const pages = usePages((after) => listDisputes(status, PAGE_SIZE, after), status ?? 'all');
  const filter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = new FormData(event.currentTarget).get('status');
    setQuery({ status: typeof chosen === 'string' ? chosen : null });
  };
  return (
    <>
      <h1>{t('auditors.disputes.title')}</h1>
      <p>{t('auditors.disputes.intro')}</p>
      <form className="filters" onSubmit={filter} key={status ?? 'all'}>
        <div>
          <label htmlFor="disputes-status">{t('auditors.disputes.status')}</label>
          <select id="disputes-status" name="status" defaultValue={status ?? ''}>
            <option value="">{t('auditors.disputes.anyStatus')}</option>
            {DISPUTE_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`auditors.status.${value}` as MessageId)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button-secondary">
          {t('auditors.disputes.filter')}
        </button>
      </form>
      <p role="status" className="muted">
        {pages.loading && pages.nodes.length === 0
          ? ''
          : t(pages.hasNextPage ? 'auditors.disputes.countMore' : 'auditors.disputes.count', {
              count: pages.nodes.length,
            })}
      </p>
      {pages.nodes.length === 0 && !pages.loading && !pages.error && <p>{t('auditors.disputes.empty')}</p>}
      {pages.nodes.length > 0 && <QueueTable disputes={pages.nodes} />}
      {pages.error && <ErrorNotice error={pages.error} own={AUDITOR_ERRORS} onRetry={pages.reload} />}
      {pages.loading && <Loading />}
      {pages.hasNextPage && !pages.loading && (
        <p className="actions">
          <button type="button" className="button-secondary" onClick={pages.more}>
            {t('auditors.loadMore')}
          </button>
        </p>
      )}
    </>
  );
}

function QueueTable({ disputes }: { disputes: AccessDispute[] }) {
  const { t, dateTime } = useT();
  return (
    <TableScroll label={t('auditors.disputes.caption')}>
      <table className="disputes-queue">
        <caption>{t('auditors.disputes.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('auditors.disputes.openedAt')}</th>
            <th scope="col">{t('auditors.disputes.citizen')}</th>
            <th scope="col">{t('auditors.disputes.read')}</th>
            <th scope="col">{t('auditors.disputes.status')}</th>
            <th scope="col">{t('auditors.disputes.action')}</th>
          </tr>
        </thead>
        <tbody>
          {disputes.map((dispute) => {
            const reader = dispute.accessRecord?.agencyName ?? dispute.entry.agencyName ?? dispute.entry.agencyCode;
            return (
              <tr key={dispute.id}>
                <td>{dateTime(dispute.openedAt)}</td>
                <td>{dispute.personalIdNumber}</td>
                <td>
                  {t('auditors.disputes.readBy', {
                    reader: reader ?? t('auditors.unknownReader'),
                    time: dateTime(dispute.accessRecord?.time ?? dispute.entry.time),
                  })}
                </td>
                <td>
                  <StatusBadge status={dispute.status} />
                </td>
                <td>
                  <Link href={`/console/disputes/${encodeURIComponent(dispute.id)}`}>
                    {t('auditors.disputes.open', { citizen: dispute.personalIdNumber })}
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

const BADGE: Record<DisputeStatus, string> = {
  OPEN: 'badge-danger',
  UNDER_REVIEW: 'badge-brand',
  ANSWERED: 'badge-ok',
  UPHELD: 'badge-ok',
  REJECTED: 'badge-muted',
};

export function StatusBadge({ status }: { status: DisputeStatus }) {
  const { t } = useT();
  return <span className={`badge ${BADGE[status]}`}>{t(`auditors.status.${status}` as MessageId)}</span>;
}
