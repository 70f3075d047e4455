import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/api-error';
import { ErrorNotice } from '../../app/notices';
import { useT } from '../../i18n/locale';
import { disputeEntry, type Dispute } from './disputes-api';
import { TRACKER_ERRORS } from './tracker-constants';
import { fetchEntryWithProof, type Entry, type LogSubject } from './tracker-api';

const MAX_TEXT = 2000;

/**
 * The dispute form in a modal <dialog>: the platform keeps focus inside, Escape closes it and
 * focus returns to the button that opened it. The entry's seq (which the timeline does not
 * carry) is fetched with its proof just before sending.
 */
export function DisputeDialog({
  subject,
  entry,
  onClose,
  onSent,
}: {
  subject: LogSubject;
  entry: Entry;
  onClose: () => void;
  onSent: (dispute: Dispute) => void;
}) {
  const { t, dateTime } = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [empty, setEmpty] = useState(false);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('text');
    const text = typeof value === 'string' ? value.trim() : '';
    setEmpty(text === '');
    if (text === '') return;
    setBusy(true);
    setError(null);
    try {
      const proven = entry.seq ? entry : await fetchEntryWithProof(subject, entry);
      if (!proven?.seq) throw new ApiError('ACCESS_ENTRY_NOT_FOUND', 'entry not found again');
      onSent(await disputeEntry(proven.seq, text));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('INTERNAL', String(caught)));
      setBusy(false);
    }
  };
  const time = dateTime(entry.time);
  return (
    <dialog ref={dialog} className="tracker-dialog" aria-labelledby="dispute-title" onClose={onClose}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <h2 id="dispute-title">{t('tracker.dispute.title', { time })}</h2>
        <label htmlFor="dispute-text">{t('tracker.dispute.text')}</label>
        <p className="hint" id="dispute-hint">
          {t('tracker.dispute.hint')}
        </p>
        {empty && (
          <p className="field-error" id="dispute-empty">
            {t('tracker.dispute.empty')}
          </p>
        )}
        <textarea
          id="dispute-text"
          name="text"
          maxLength={MAX_TEXT}
          required
          aria-invalid={empty || undefined}
          aria-describedby={empty ? 'dispute-hint dispute-empty' : 'dispute-hint'}
        />
        {error && <ErrorNotice error={error} own={TRACKER_ERRORS} />}
        <div className="actions">
          <button type="submit" className="button-danger" disabled={busy}>
            {t('tracker.dispute.send')}
          </button>
          <button type="button" className="button-secondary" onClick={onClose}>
            {t('tracker.dispute.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
