import { ErrorNotice, Loading } from '../../../app/notices';
import { useLoad } from '../../../app/use-load';
import { useT } from '../../../i18n/locale';
import { AUDITOR_ERRORS } from '../auditor-errors';
import { fetchNewestVerificationRun } from './log-api';
import { isStale, STALE_AFTER_DAYS, type VerifyVerdict } from './verify-runs';

const COMMAND = 'npm run verify-log';

const VERDICT_BADGE: Record<VerifyVerdict, string> = {
  HOLDS: 'badge badge-ok',
  BREAK: 'badge badge-danger',
  COULD_NOT_CHECK: 'badge badge-muted',
};

/**
 * When verify-log last checked the whole log and what it said, as the tool recorded it; "never
 * run", with the command, when it has not; a warning when the last run is over a week old.
 */
export function VerifyLogRun() {
  const { t, dateTime, number } = useT();
  const newest = useLoad(fetchNewestVerificationRun, 'newest');
  if (newest.state === 'loading') return <Loading />;
  if (newest.state === 'failed')
    return <ErrorNotice error={newest.error} own={AUDITOR_ERRORS} onRetry={newest.reload} />;
  const run = newest.data;
  if (!run) {
    return (
      <p data-verify-run="none">
        {t('auditors.log.verifyNever')} <code>{COMMAND}</code>
      </p>
    );
  }
  return (
    <>
      <dl className="facts" data-verify-run={run.verdict}>
        <dt>{t('auditors.log.verifyLastRun')}</dt>
        <dd>
          <time dateTime={run.finishedAt}>{dateTime(run.finishedAt)}</time>
        </dd>
        <dt>{t('auditors.log.verifyVerdict')}</dt>
        <dd>
          <span className={VERDICT_BADGE[run.verdict]}>{t(`auditors.log.verdict.${run.verdict}`)}</span>
        </dd>
        <dt>{t('auditors.log.verifyEntries')}</dt>
        <dd data-entries-checked={run.entriesChecked}>{number(Number(run.entriesChecked))}</dd>
        {run.anchorSize !== null && (
          <>
            <dt>{t('auditors.log.verifyAnchor')}</dt>
            <dd>{t('auditors.log.verifyAnchorSize', { size: number(Number(run.anchorSize)) })}</dd>
          </>
        )}
        <dt>{t('auditors.log.verifyRanBy')}</dt>
        <dd>{run.ranBy}</dd>
        <dt>{t('auditors.log.verifySummary')}</dt>
        <dd>
          <samp className="checkpoint-value" lang="en">
            {run.summary}
          </samp>
        </dd>
      </dl>
      {isStale(run.finishedAt, new Date()) && (
        <p className="notice notice-warning">
          {t('auditors.log.verifyStale', { days: STALE_AFTER_DAYS })} <code>{COMMAND}</code>
        </p>
      )}
    </>
  );
}
