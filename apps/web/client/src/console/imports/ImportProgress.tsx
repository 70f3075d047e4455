import { useEffect, useState } from 'react';
import { ApiError } from '../../api/api-error';
import { ErrorNotice, Loading } from '../../app/notices';
import { useLoad } from '../../app/use-load';
import type { MessageId } from '../../i18n/catalogue';
import { useT } from '../../i18n/locale';
import { loadImport, loadRejects, type CitizenImport } from './import-api';
import { IMPORT_ERRORS } from './import-errors';
import { percentRead, rejectsFileName } from './import-file';

/** How often a running import is asked for its counts. */
const POLL_MS = 1000;

/**
 * One import: its counts, asked again every second while it runs (a screen reader hears the
 * status line, not each count), then how it ended, whether the same file had been imported
 * before, and the refused rows to download.
 */
export function ImportProgress({
  id,
  dataRows,
  onEnded,
}: {
  id: string;
  dataRows?: number;
  onEnded: (ended: CitizenImport) => void;
}) {
  const { t, dateTime, number } = useT();
  const [tick, setTick] = useState(0);
  const current = useLoad(() => loadImport(id), `${id}|${tick}`);
  const state = current.data?.id === id ? current.data : undefined;
  const running = state?.status === 'running';

  useEffect(() => {
    if (current.state !== 'ready') return;
    if (current.data.status !== 'running') {
      onEnded(current.data);
      return;
    }
    const timer = setTimeout(() => setTick((n) => n + 1), POLL_MS);
    return () => clearTimeout(timer);
    // onEnded is the page's; a new one each render must not restart the polling.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current.state, current.data]);

  if (current.state === 'failed' && !state) {
    return <ErrorNotice error={current.error} own={IMPORT_ERRORS} onRetry={current.reload} />;
  }
  if (!state) return <Loading />;
  const percent = running ? percentRead(state.rowsRead, dataRows) : null;
  const counts = { read: number(state.rowsRead), total: number(dataRows ?? 0), percent: percent ?? 0 };
  return (
    <section
      className="card"
      aria-labelledby="imports-current-title"
      data-import-id={state.id}
      data-status={state.status}
    >
      <h2 id="imports-current-title">{t('imports.current.title', { fileName: state.fileName })}</h2>
      <p className="muted">{t('imports.current.started', { at: dateTime(state.startedAt), by: state.startedBy })}</p>
      <p role="status" aria-live="polite" className="import-status">
        {running
          ? percent === null
            ? t('imports.status.runningRows', counts)
            : t('imports.status.runningPercent', counts)
          : t(`imports.status.${state.status}` as MessageId)}
      </p>
      {percent !== null && (
        <progress max={100} value={percent} aria-label={t('imports.current.progress')}>
          {percent}%
        </progress>
      )}
      <dl className="facts import-counts">
        <dt>{t('imports.count.rowsRead')}</dt>
        <dd data-count="rowsRead">{number(state.rowsRead)}</dd>
        <dt>{t('imports.count.accepted')}</dt>
        <dd data-count="accepted">{number(state.accepted)}</dd>
        <dt>{t('imports.count.alreadyRegistered')}</dt>
        <dd data-count="alreadyRegistered">{number(state.alreadyRegistered)}</dd>
        <dt>{t('imports.count.refused')}</dt>
        <dd data-count="refused">{number(state.refused)}</dd>
        <dt>{t('imports.count.idMismatches')}</dt>
        <dd data-count="idMismatches">{number(state.idMismatches)}</dd>
      </dl>
      {!running && <Outcome state={state} />}
      {!running && state.refused > 0 && <RejectsDownload state={state} />}
    </section>
  );
}

/** The counts as the outcome sentences take them. */
const countsOf = ({ accepted, alreadyRegistered, refused, idMismatches }: CitizenImport) => ({
  accepted,
  alreadyRegistered,
  refused,
  idMismatches,
});

function Outcome({ state }: { state: CitizenImport }) {
  const { t, dateTime } = useT();
  if (state.status !== 'finished') {
    return (
      <div className="notice notice-warning">
        <p>{t(`imports.outcome.${state.status}` as MessageId)}</p>
      </div>
    );
  }
  const earlier = state.earlierImportOfSameFile;
  return (
    <div className="notice notice-success">
      <p>{t('imports.outcome.finished', countsOf(state))}</p>
      {earlier && state.accepted === 0 && (
        <p data-same-file>
          {t('imports.outcome.sameFile', { at: dateTime(earlier.startedAt), fileName: earlier.fileName })}
        </p>
      )}
      {state.idMismatches > 0 && <p>{t('imports.outcome.idMismatches', countsOf(state))}</p>}
    </div>
  );
}

/** Fetches the refused rows only when asked (they hold personal data) and saves them as a CSV file. */
function RejectsDownload({ state }: { state: CitizenImport }) {
  const { t } = useT();
  const [error, setError] = useState<ApiError | null>(null);
  const download = async () => {
    setError(null);
    try {
      const csv = await loadRejects(state.id);
      if (!csv) return;
      const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = rejectsFileName(state.fileName);
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 0);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('INTERNAL', String(caught)));
    }
  };
  return (
    <>
      <p>{t('imports.rejects.help')}</p>
      <div className="actions">
        <button type="button" className="button-secondary" onClick={() => void download()}>
          {t('imports.rejects.download', { refused: state.refused })}
        </button>
      </div>
      {error && <ErrorNotice error={error} own={IMPORT_ERRORS} />}
    </>
  );
}
