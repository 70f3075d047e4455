import '../auditors.css';
import { useState } from 'react';
import { ErrorNotice, Loading } from '../../../app/notices';
import { useLoad } from '../../../app/use-load';
import { useT } from '../../../i18n/locale';
import { AUDITOR_ERRORS } from '../auditor-errors';
import { CheckpointFacts } from './CheckpointFacts';
import { ConsistencyForm } from './ConsistencyForm';
import { fetchConsistency, publishedKeySets } from './log-api';
import { readSeenCheckpoint, verifyCheckpoint, type SeenCheckpoint } from './log-check';
import { SignCheckpoint } from './SignCheckpoint';
import { VerifyLogRun } from './VerifyLogRun';

/**
 * The access log's health: the checkpoint this browser saw last, asked for again and checked
 * (same size, same root, signature holds); a new signed checkpoint on demand, proven to extend
 * it; a consistency check between any two sizes; when verify-log last checked the whole log. The API has no "newest checkpoint" to read
 * without signing one, so the page starts from what this browser kept.
 */
export function LogHealthPage() {
  const { t, dateTime } = useT();
  const [seen, setSeen] = useState<SeenCheckpoint | null>(readSeenCheckpoint);
  const seenKey = seen ? `${seen.size}:${seen.root}` : 'none';
  const recheck = useLoad(async () => {
    if (!seen) return null;
    const answer = await fetchConsistency(String(seen.size), String(seen.size));
    const verdict = await verifyCheckpoint(answer.to, await publishedKeySets());
    return { checkpoint: answer.to, verdict, sameRoot: answer.to.rootHash === seen.root };
  }, seenKey);
  return (
    <>
      <h1>{t('auditors.log.title')}</h1>
      <p>{t('auditors.log.intro')}</p>

      <section aria-labelledby="log-newest">
        <h2 id="log-newest">{t('auditors.log.newest')}</h2>
        <p className="muted">{t('auditors.log.noNewestQuery')}</p>
        {!seen && <p>{t('auditors.log.noneSeen')}</p>}
        {seen && (
          <>
            <p>{t('auditors.log.seen', { size: seen.size, time: dateTime(new Date(seen.iat * 1000)) })}</p>
            {recheck.state === 'loading' && <Loading />}
            {recheck.state === 'failed' && (
              <ErrorNotice error={recheck.error} own={AUDITOR_ERRORS} onRetry={recheck.reload} />
            )}
            {recheck.state === 'ready' && recheck.data && (
              <>
                <CheckpointFacts checkpoint={recheck.data.checkpoint} verdict={recheck.data.verdict} />
                {recheck.data.sameRoot ? (
                  <p className="notice notice-success">{t('auditors.log.seenHolds', { size: seen.size })}</p>
                ) : (
                  <p className="notice notice-error" role="alert">
                    {t('auditors.log.seenRootDiffers', { size: seen.size })}
                  </p>
                )}
              </>
            )}
          </>
        )}
        <SignCheckpoint seen={seen} onSeen={() => setSeen(readSeenCheckpoint())} />
      </section>

      <section aria-labelledby="log-consistency">
        <h2 id="log-consistency">{t('auditors.log.consistencyTitle')}</h2>
        <p>{t('auditors.log.consistencyIntro')}</p>
        <ConsistencyForm
          key={seenKey}
          initialFrom={seen ? String(seen.size) : ''}
          initialTo={seen ? String(seen.size) : ''}
        />
      </section>

      <section aria-labelledby="log-verify-tool">
        <h2 id="log-verify-tool">{t('auditors.log.verifyTool')}</h2>
        <p>{t('auditors.log.verifyToolIntro')}</p>
        <VerifyLogRun />
      </section>
    </>
  );
}
