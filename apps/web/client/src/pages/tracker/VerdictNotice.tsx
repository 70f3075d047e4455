import type { MessageId } from '../../i18n/catalogue';
import { useT } from '../../i18n/locale';
import type { HistoryVerdict } from './seen-checkpoint';
import type { Verdict } from './verify';

/** The outcome of "verify" in plain words: holds, does not hold (and why), or cannot be told yet. */
export function VerdictNotice({ verdict }: { verdict: Verdict }) {
  const { t, dateTime } = useT();
  switch (verdict.kind) {
    case 'holds':
      return (
        <>
          <div className="notice notice-success" data-verdict="holds">
            <p>{t('tracker.verify.holds')}</p>
            <p className="muted">
              {t('tracker.verify.holdsAt', { time: dateTime(verdict.signedAt), size: verdict.size })}
            </p>
          </div>
          <HistoryNotice history={verdict.history} size={verdict.size} />
        </>
      );
    case 'fails':
      return (
        <div className="notice notice-error" role="alert" data-verdict="fails">
          <p>
            <strong>
              {t('tracker.verify.fails', { reason: t(`tracker.verify.code.${verdict.code}` as MessageId) })}
            </strong>
          </p>
          <p className="muted">
            {t('tracker.verify.technical')} <span lang="en">{verdict.reason}</span>
          </p>
        </div>
      );
    case 'pending':
      return (
        <p className="notice notice-warning" data-verdict="pending">
          {t('tracker.verify.pending')}
        </p>
      );
    case 'notFound':
      return (
        <p className="notice notice-warning" data-verdict="not-found">
          {t('tracker.verify.notFound')}
        </p>
      );
  }
}

/** Whether the log still extends what this browser verified before; a shortened log is said loudly. */
function HistoryNotice({ history, size }: { history: HistoryVerdict; size: number }) {
  const { t, dateTime } = useT();
  switch (history.kind) {
    case 'first':
      return <p className="muted">{t('tracker.history.first', { size })}</p>;
    case 'same':
      return <p className="muted">{t('tracker.history.same')}</p>;
    case 'extends':
      return <p className="muted">{t('tracker.history.extends', { seenSize: history.seenSize })}</p>;
    case 'unchecked':
      return <p className="notice notice-warning">{t('tracker.history.unchecked', { seenSize: history.seenSize })}</p>;
    case 'shortened':
    case 'rewritten':
      return (
        <div className="notice notice-error tracker-alarm" role="alert" data-history={history.kind}>
          <p>
            <strong>
              {t(`tracker.history.${history.kind}`, { time: dateTime(history.seenAt), seenSize: history.seenSize })}
            </strong>
          </p>
        </div>
      );
  }
}
