import '../auditors.css';
import { ErrorNotice, Loading } from '../../../app/notices';
import { Link, setQuery, useLocation } from '../../../app/router';
import { useLoad } from '../../../app/use-load';
import { useT } from '../../../i18n/locale';
import { categoryText } from '../../../pages/tracker/entry-text';
import { AUDITOR_ERRORS } from '../auditor-errors';
import { ReadsPerDayChart } from './ReadsPerDayChart';
import { fetchChoices, fetchReport } from './report-api';
import {
  dayCount,
  everyDay,
  MAX_CHART_DAYS,
  reportFilterFrom,
  reportQueryOf,
  windowOfDays,
  type ReportFilter,
} from './report-filter';
import { ReportForm } from './ReportForm';
import { TableScroll } from '../TableScroll';

/** The records behind a part of the report: the same filters, optionally one day and one outcome. */
export function recordsHref(filter: ReportFilter, narrow: { day?: string; outcome?: 'RELEASED' | 'REFUSED' } = {}) {
  const query = new URLSearchParams({
    ...reportQueryOf(narrow.day ? { ...filter, fromDay: narrow.day, toDay: narrow.day } : filter),
    ...(narrow.outcome ? { outcome: narrow.outcome } : {}),
  });
  return `/console/report/records?${query.toString()}`;
}

/** The access-log report: how much was released and refused, by agency, purpose and period. */
export function ReportPage() {
  const { t, number } = useT();
  const { query } = useLocation();
  const filter = reportFilterFrom(query);
  const perDay = dayCount(filter.fromDay, filter.toDay) <= MAX_CHART_DAYS;
  const choices = useLoad(fetchChoices, 'choices');
  const report = useLoad(
    () =>
      fetchReport(
        { agencyCode: filter.agencyCode, purpose: filter.purpose, ...windowOfDays(filter.fromDay, filter.toDay) },
        perDay,
      ),
    JSON.stringify(filter),
  );
  const data = report.data;
  return (
    <>
      <h1>{t('auditors.report.title')}</h1>
      <p>{t('auditors.report.intro')}</p>
      {choices.state === 'failed' && <ErrorNotice error={choices.error} onRetry={choices.reload} />}
      <ReportForm
        filter={filter}
        agencies={choices.data?.agencies ?? []}
        purposes={choices.data?.purposes ?? []}
        onChange={setQuery}
      />
      {report.state === 'failed' && <ErrorNotice error={report.error} own={AUDITOR_ERRORS} onRetry={report.reload} />}
      {report.state === 'loading' && <Loading />}
      {data && (
        <div aria-busy={report.state === 'loading'}>
          <section aria-labelledby="report-totals">
            <h2 id="report-totals">{t('auditors.report.totals')}</h2>
            <dl className="totals">
              <div className="card">
                <dt>{t('auditors.report.released')}</dt>
                <dd data-total="released">{number(data.released)}</dd>
                <dd>
                  <Link href={recordsHref(filter, { outcome: 'RELEASED' })}>{t('auditors.report.seeReleased')}</Link>
                </dd>
              </div>
              <div className="card">
                <dt>{t('auditors.report.refused')}</dt>
                <dd data-total="refused">{number(data.refused)}</dd>
                <dd>
                  <Link href={recordsHref(filter, { outcome: 'REFUSED' })}>{t('auditors.report.seeRefused')}</Link>
                </dd>
              </div>
              <div className="card">
                <dt>{t('auditors.report.subjects')}</dt>
                <dd data-total="subjects">{number(data.distinctSubjects)}</dd>
              </div>
            </dl>
            <p>
              <Link href={recordsHref(filter)}>{t('auditors.report.seeAll')}</Link>
            </p>
          </section>

          <section aria-labelledby="report-days">
            <h2 id="report-days">{t('auditors.report.perDay')}</h2>
            {data.byDay ? (
              <ReadsPerDayChart
                days={everyDay(filter.fromDay, filter.toDay, data.byDay)}
                recordsHref={(day) => recordsHref(filter, { day })}
              />
            ) : (
              <p>{t('auditors.report.tooLongForChart', { max: MAX_CHART_DAYS })}</p>
            )}
          </section>

          <section aria-labelledby="report-categories">
            <h2 id="report-categories">{t('auditors.report.byCategory')}</h2>
            {data.byCategory.length === 0 ? (
              <p>{t('auditors.report.empty')}</p>
            ) : (
              <TableScroll label={t('auditors.report.byCategoryCaption')}>
                <table>
                  <caption>{t('auditors.report.byCategoryCaption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('auditors.report.category')}</th>
                      <th scope="col">{t('auditors.report.released')}</th>
                      <th scope="col">{t('auditors.report.refused')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.byCategory.map((row) => (
                      <tr key={row.category}>
                        <th scope="row">
                          {categoryText(t, row.category)} <span className="muted">({row.category})</span>
                        </th>
                        <td>{number(row.released)}</td>
                        <td>{number(row.refused)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            )}
            <p className="muted">{t('auditors.report.categoryNote')}</p>
          </section>
        </div>
      )}
    </>
  );
}
