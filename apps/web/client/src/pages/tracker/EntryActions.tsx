import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/api-error';
import { ErrorNotice } from '../../app/notices';
import type { MessageId } from '../../i18n/catalogue';
import { useT } from '../../i18n/locale';
import { DisputeDialog } from './DisputeDialog';
import { TRACKER_ERRORS } from './tracker-constants';
import type { Dispute } from './disputes-api';
import type { Entry, LogSubject } from './tracker-api';
import { VerdictNotice } from './VerdictNotice';
import type { Verdict } from './verify';

type Check =
  { state: 'idle' } | { state: 'working' } | { state: 'done'; verdict: Verdict } | { state: 'failed'; error: ApiError };

/** Under each open entry: verify it here, in the browser, and dispute it. */
export function EntryActions({
  subject,
  entry,
  onDisputed,
}: {
  subject: LogSubject;
  entry: Entry;
  onDisputed: () => void;
}) {
  const { t, dateTime } = useT();
  const [check, setCheck] = useState<Check>({ state: 'idle' });
  const [disputing, setDisputing] = useState(false);
  const [sent, setSent] = useState<Dispute | null>(null);
  const disputeButton = useRef<HTMLButtonElement>(null);
  const sentNotice = useRef<HTMLParagraphElement>(null);
  // The button that opened the dialog is gone once the dispute is sent: focus goes to what replaced it.
  useEffect(() => {
    if (sent) sentNotice.current?.focus();
  }, [sent]);
  if (entry.sealed) return null;
  const verify = async () => {
    setCheck({ state: 'working' });
    try {
      // The verifier (jose, the Merkle checks) loads on the first "verify", not with the page.
      const { verifyEntry } = await import('./verify');
      setCheck({ state: 'done', verdict: await verifyEntry(subject, entry) });
    } catch (caught) {
      setCheck({
        state: 'failed',
        error: caught instanceof ApiError ? caught : new ApiError('INTERNAL', String(caught)),
      });
    }
  };
  const verdict = check.state === 'done' ? check.verdict : null;
  return (
    <div
      className="tracker-entry-actions"
      role="group"
      aria-label={t('tracker.actions', { time: dateTime(entry.time) })}
    >
      <div className="actions">
        <button
          type="button"
          className="button-secondary"
          onClick={() => void verify()}
          disabled={check.state === 'working'}
        >
          {check.state === 'working' ? t('tracker.verify.working') : t('tracker.verify')}
        </button>
        {subject.kind === 'me' && !sent && (
          <button type="button" className="button-secondary" ref={disputeButton} onClick={() => setDisputing(true)}>
            {t('tracker.dispute')}
          </button>
        )}
      </div>
      <div aria-live="polite">
        {verdict && <VerdictNotice verdict={verdict} />}
        {sent && (
          <p className="notice notice-success" data-dispute-status={sent.status} ref={sentNotice} tabIndex={-1}>
            {t('tracker.dispute.sent', { status: t(`tracker.status.${sent.status}` as MessageId) })}
          </p>
        )}
      </div>
      {check.state === 'failed' && (
        <ErrorNotice error={check.error} own={TRACKER_ERRORS} onRetry={() => void verify()} />
      )}
      {disputing && (
        <DisputeDialog
          subject={subject}
          entry={entry}
          onClose={() => {
            setDisputing(false);
            disputeButton.current?.focus();
          }}
          onSent={(dispute) => {
            setDisputing(false);
            setSent(dispute);
            onDisputed();
          }}
        />
      )}
    </div>
  );
}
