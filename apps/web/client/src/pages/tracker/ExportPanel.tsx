import { useEffect, useState } from 'react';
import { ApiError } from '../../api/api-error';
import { ErrorNotice } from '../../app/notices';
import { useT } from '../../i18n/locale';
import { basisText, categoryText, readerText } from './entry-text';
import { toCsv } from './csv';
import { fetchWholeHistory, fileUrl, historyJson } from './export-history';
import type { Period } from './period';
import type { Entry, LogSubject, LogWindow } from './tracker-api';

type Format = 'json' | 'csv';
type Job =
  | { state: 'idle' }
  | { state: 'working'; count: number }
  | { state: 'ready'; format: Format; url: string; name: string; count: number }
  | { state: 'failed'; error: ApiError };

/**
 * "Download the log": the whole period, fetched page by page, then offered as a real link to
 * a Blob (a link the citizen follows, so the browser's own download handling and keyboard
 * path apply), and followed once at once for a mouse user's convenience.
 */
export function ExportPanel({ subject, window, period }: { subject: LogSubject; window: LogWindow; period: Period }) {
  const { t, dateTime } = useT();
  const [job, setJob] = useState<Job>({ state: 'idle' });
  const readyUrl = job.state === 'ready' ? job.url : null;
  useEffect(() => () => void (readyUrl && URL.revokeObjectURL(readyUrl)), [readyUrl]);

  const run = async (format: Format) => {
    setJob({ state: 'working', count: 0 });
    try {
      const entries = await fetchWholeHistory(subject, window, (count) => setJob({ state: 'working', count }));
      const base = `nhat-ky-truy-cap-${subject.kind === 'me' ? 'ca-nhan' : subject.enterpriseCode}-${period.fromDay}-${period.toDay}`;
      const url =
        format === 'json'
          ? fileUrl(historyJson(subject, window, entries, new Date()), 'application/json')
          : fileUrl(csvOf(entries), 'text/csv;charset=utf-8');
      const name = `${base}.${format}`;
      setJob({ state: 'ready', format, url, name, count: entries.length });
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      link.click();
    } catch (caught) {
      setJob({
        state: 'failed',
        error: caught instanceof ApiError ? caught : new ApiError('INTERNAL', String(caught)),
      });
    }
  };

  const csvOf = (entries: Entry[]) =>
    toCsv(
      [
        t('tracker.csv.time'),
        t('tracker.csv.reader'),
        t('tracker.csv.agencyCode'),
        t('tracker.csv.purpose'),
        t('tracker.csv.basis'),
        t('tracker.csv.case'),
        t('tracker.csv.officer'),
        t('tracker.csv.categories'),
        t('tracker.csv.fields'),
        t('tracker.csv.bulk'),
        t('tracker.csv.sealedUntil'),
        t('tracker.csv.seq'),
      ],
      entries.map((entry) => [
        dateTime(entry.time),
        entry.sealed ? t('tracker.entry.sealed') : readerText(t, entry),
        entry.agencyCode ?? '',
        entry.purposeText ?? entry.purpose ?? '',
        (entry.bases ?? [])
          .map((basis) => `${categoryText(t, basis.category, basis.categoryTextVi)}: ${basisText(t, basis)}`)
          .join('; '),
        entry.caseReference ?? '',
        entry.officerId ?? '',
        (entry.categories ?? []).map((code) => categoryText(t, code)).join('; '),
        (entry.fields ?? []).join('; '),
        entry.bulk ? t('tracker.csv.yes') : '',
        entry.sealedUntil ? dateTime(entry.sealedUntil) : '',
        entry.seq ?? '',
      ]),
    );

  const working = job.state === 'working';
  return (
    <section aria-labelledby="tracker-export-title">
      <h2 id="tracker-export-title">{t('tracker.export.title')}</h2>
      <p>{t('tracker.export.intro')}</p>
      <div className="actions">
        <button type="button" className="button-secondary" disabled={working} onClick={() => void run('json')}>
          {t('tracker.export.json')}
        </button>
        <button type="button" className="button-secondary" disabled={working} onClick={() => void run('csv')}>
          {t('tracker.export.csv')}
        </button>
      </div>
      <div aria-live="polite">
        {working && <p className="loading">{t('tracker.export.working', { count: job.count })}</p>}
        {job.state === 'ready' && (
          <p>
            {t('tracker.export.ready', { count: job.count })}{' '}
            <a href={job.url} download={job.name} data-export={job.format}>
              {t('tracker.export.save', { name: job.name })}
            </a>
          </p>
        )}
      </div>
      {job.state === 'failed' && <ErrorNotice error={job.error} />}
    </section>
  );
}
