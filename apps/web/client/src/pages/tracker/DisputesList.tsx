import { ErrorNotice, Loading } from '../../app/notices';
import { useLoad } from '../../app/use-load';
import type { MessageId } from '../../i18n/catalogue';
import { useT } from '../../i18n/locale';
import { myDisputes } from './disputes-api';
import { readerText } from './entry-text';
import type { Entry } from './tracker-api';

/** "My disputes": each case, its status in words and the auditor's answer once given. */
export function DisputesList({ reloadKey }: { reloadKey: number }) {
  const { t, dateTime } = useT();
  const disputes = useLoad(myDisputes, String(reloadKey));
  return (
    <section aria-labelledby="tracker-disputes-title">
      <h2 id="tracker-disputes-title">{t('tracker.disputes.title')}</h2>
      {disputes.state === 'failed' && <ErrorNotice error={disputes.error} onRetry={disputes.reload} />}
      {disputes.state === 'loading' && !disputes.data && <Loading />}
      {disputes.data && disputes.data.length === 0 && <p>{t('tracker.disputes.none')}</p>}
      {disputes.data && disputes.data.length > 0 && (
        <ul className="plain-list">
          {disputes.data.map((dispute) => (
            <li key={dispute.id} className="card tracker-dispute">
              <h3>
                {t('tracker.disputes.entry', {
                  reader: readerText(t, dispute.entry as Entry),
                  time: dateTime(dispute.entry.time),
                })}
              </h3>
              <dl className="facts">
                <dt>{t('tracker.disputes.status')}</dt>
                <dd>
                  <span className={`badge ${dispute.answer ? 'badge-ok' : 'badge-brand'}`}>
                    {t(`tracker.status.${dispute.status}` as MessageId)}
                  </span>
                </dd>
                <dt>{t('tracker.disputes.yourText')}</dt>
                <dd className="prose">{dispute.text}</dd>
                <dt>
                  {dispute.decidedAt
                    ? t('tracker.disputes.answer', { time: dateTime(dispute.decidedAt) })
                    : t('tracker.disputes.answerLabel')}
                </dt>
                <dd className="prose">{dispute.answer ?? t('tracker.disputes.noAnswer')}</dd>
              </dl>
              <p className="muted">{t('tracker.disputes.opened', { time: dateTime(dispute.openedAt) })}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
