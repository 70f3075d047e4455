import './tracker.css';
import { useEffect, useState } from 'react';
import { getSession } from '../../api/session';
import { ErrorNotice, Loading } from '../../app/notices';
import { setQuery, useLocation } from '../../app/router';
import { useLoad } from '../../app/use-load';
import { useT } from '../../i18n/locale';
import { DisputesList } from './DisputesList';
import { EntryActions } from './EntryActions';
import { EntryItem } from './EntryItem';
import { ExportPanel } from './ExportPanel';
import { isNewSince, readLastVisit, recordVisit } from './last-visit';
import { PAGE_SIZE, TRACKER_ERRORS } from './tracker-constants';
import { nextPage, positionFrom, previousPage, FIRST_PAGE } from './paging';
import { filterFrom } from './filter';
import { LogFilters } from './LogFilters';
import { periodFrom, windowOf } from './period';
import { subjectFrom, subjectKey } from './subject';
import { SubjectChooser } from './SubjectChooser';
import { fetchLogPage, listAgencies, representedEnterprises } from './tracker-api';

/** "Who read my data": the citizen's (or their enterprise's) access log, a page at a time. */
export function TrackerPage() {
  const { t } = useT();
  const session = useLoad(getSession, 'session');
  const personalIdNumber = session.data?.signedIn ? session.data.personalIdNumber : null;
  return (
    <>
      <h1>{t('tracker.title')}</h1>
      <p>{t('tracker.intro')}</p>
      {session.state === 'failed' && <ErrorNotice error={session.error} onRetry={session.reload} />}
      {personalIdNumber ? <Tracker personalIdNumber={personalIdNumber} /> : session.state === 'loading' && <Loading />}
    </>
  );
}

function Tracker({ personalIdNumber }: { personalIdNumber: string }) {
  const { t, dateTime } = useT();
  const { query } = useLocation();
  const subject = subjectFrom(query);
  const period = periodFrom(query);
  const window = windowOf(period);
  const filter = filterFrom(query);
  const position = positionFrom(query);
  const visitKey = `${personalIdNumber}:${subjectKey(subject)}`;
  const lastVisit = usePreviousVisit(visitKey);
  const [disputesKey, setDisputesKey] = useState(0);

  const enterprises = useLoad(() => representedEnterprises(personalIdNumber), personalIdNumber);
  const agencies = useLoad(listAgencies, 'agencies');
  const page = useLoad(
    () => fetchLogPage(subject, { window, filter, first: PAGE_SIZE, after: position.after, withProofs: false }),
    JSON.stringify([subject, window, filter, position.after]),
  );

  return (
    <>
      <SubjectChooser
        subject={subject}
        enterprises={enterprises.data ?? []}
        onChoose={(code) => setQuery({ subject: code, ...FIRST_PAGE })}
      />
      <LogFilters
        period={period}
        filter={filter}
        agencies={agencies.data ?? []}
        onChange={(values) => setQuery({ ...values, ...FIRST_PAGE })}
      />
      <p className="muted" role="status">
        {lastVisit ? t('tracker.lastVisit', { time: dateTime(lastVisit) }) : t('tracker.firstVisit')}
      </p>

      <section aria-labelledby="tracker-list-title">
        <h2 id="tracker-list-title">{t('tracker.list')}</h2>
        {page.state === 'failed' && <ErrorNotice error={page.error} own={TRACKER_ERRORS} onRetry={page.reload} />}
        {page.state === 'loading' && <Loading />}
        {page.data && page.data.nodes.length === 0 && <p>{t('tracker.empty')}</p>}
        {page.data && (
          <ol className="plain-list tracker-list" aria-busy={page.state === 'loading'}>
            {page.data.nodes.map((entry, index) => (
              <li key={`${entry.time}-${index}`}>
                <EntryItem
                  entry={entry}
                  isNew={isNewSince(entry.time, lastVisit)}
                  actions={
                    <EntryActions subject={subject} entry={entry} onDisputed={() => setDisputesKey((n) => n + 1)} />
                  }
                />
              </li>
            ))}
          </ol>
        )}
        {page.data && (position.after || page.data.pageInfo.hasNextPage) && (
          <nav aria-label={t('tracker.page.label')} className="actions">
            {position.after && (
              <button type="button" className="button-secondary" onClick={() => setQuery(previousPage(position))}>
                {t('tracker.page.previous')}
              </button>
            )}
            {position.trail.length > 1 && (
              <button type="button" className="button-secondary" onClick={() => setQuery(FIRST_PAGE)}>
                {t('tracker.page.first')}
              </button>
            )}
            {page.data.pageInfo.hasNextPage && page.data.pageInfo.endCursor && (
              <button
                type="button"
                className="button-secondary"
                onClick={() => setQuery(nextPage(position, page.data!.pageInfo.endCursor!))}
              >
                {t('tracker.page.next')}
              </button>
            )}
          </nav>
        )}
      </section>

      {subject.kind === 'me' && <DisputesList reloadKey={disputesKey} />}
      <ExportPanel subject={subject} window={window} period={period} />
    </>
  );
}

/**
 * The time of the visit before this one, read once per subject; this visit is then recorded, so
 * reads that arrive while the page is open are new next time, not now.
 */
function usePreviousVisit(key: string): string | null {
  const [previous, setPrevious] = useState(() => ({ key, at: readLastVisit(key) }));
  if (previous.key !== key) setPrevious({ key, at: readLastVisit(key) });
  useEffect(() => {
    recordVisit(key, new Date());
  }, [key]);
  return previous.key === key ? previous.at : readLastVisit(key);
}
