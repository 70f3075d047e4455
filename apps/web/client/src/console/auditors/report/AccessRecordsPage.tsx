import '../auditors.css';
import { ErrorNotice, Loading } from '../../../app/notices';
import { Link, useLocation } from '../../../app/router';
import { useT } from '../../../i18n/locale';
import { AUDITOR_ERRORS } from '../auditor-errors';
import { usePages } from '../disputes/use-pages';
import { fetchRecords } from './report-api';
import { reportFilterFrom, reportQueryOf, windowOfDays } from './report-filter';
import { TableScroll } from '../TableScroll';

const PAGE_SIZE = 50;

/** The access records behind the report, newest first, with its filters: the drill-down. */
export function AccessRecordsPage() {
  const { t, dateTime, date } = useT();
  const { query } = useLocation();
  const filter = reportFilterFrom(query);
  const given = query.get('outcome');
  const outcome = given === 'RELEASED' || given === 'REFUSED' ? given : null;
  const pages = usePages(
    (after) =>
      fetchRecords(
        {
          agencyCode: filter.agencyCode,
          purpose: filter.purpose,
          outcome,
          ...windowOfDays(filter.fromDay, filter.toDay),
        },
        PAGE_SIZE,
        after,
      ),
    JSON.stringify([filter, outcome]),
  );
  const none = t('auditors.none');
  return (
    <>
      <p>
        <Link href={`/console/report?${new URLSearchParams(reportQueryOf(filter)).toString()}`}>
          {t('auditors.records.back')}
        </Link>
      </p>
      <h1>{t('auditors.records.title')}</h1>
      <p>
        {t('auditors.records.filter', {
          agency: filter.agencyCode ?? t('auditors.report.anyAgency'),
          purpose: filter.purpose ?? t('auditors.report.anyPurpose'),
          from: date(`${filter.fromDay}T00:00:00+07:00`),
          to: date(`${filter.toDay}T00:00:00+07:00`),
          outcome: outcome ? t(`auditors.outcome.${outcome}`) : t('auditors.records.anyOutcome'),
        })}
      </p>
      <p role="status" className="muted">
        {pages.loading && pages.nodes.length === 0
          ? ''
          : t(pages.hasNextPage ? 'auditors.records.countMore' : 'auditors.records.count', {
              count: pages.nodes.length,
            })}
      </p>
      {pages.nodes.length === 0 && !pages.loading && !pages.error && <p>{t('auditors.records.empty')}</p>}
      {pages.nodes.length > 0 && (
        <TableScroll label={t('auditors.records.caption')}>
          <table>
            <caption>{t('auditors.records.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('auditors.record.time')}</th>
                <th scope="col">{t('auditors.record.outcome')}</th>
                <th scope="col">{t('auditors.record.reader')}</th>
                <th scope="col">{t('auditors.record.officer')}</th>
                <th scope="col">{t('auditors.record.purpose')}</th>
                <th scope="col">{t('auditors.record.subject')}</th>
                <th scope="col">{t('auditors.record.categories')}</th>
              </tr>
            </thead>
            <tbody>
              {pages.nodes.map((record) => (
                <tr key={record.seq}>
                  <td>{dateTime(record.time)}</td>
                  <td>{t(`auditors.outcome.${record.outcome}`)}</td>
                  <td>{record.agencyName ?? record.agencyCode ?? `${record.callerKind}: ${record.callerId}`}</td>
                  <td>
                    {record.officerId ?? none}
                    {record.caseReference ? ` · ${record.caseReference}` : ''}
                  </td>
                  <td>{record.purpose ?? none}</td>
                  <td>
                    {record.subjectId}
                    {record.sealedUntil ? ` (${t('auditors.record.sealed')})` : ''}
                  </td>
                  <td>{record.categories.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
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
