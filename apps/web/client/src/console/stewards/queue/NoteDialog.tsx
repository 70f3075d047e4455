import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../../../api/api-error';
import { ErrorNotice } from '../../../app/notices';
import type { MessageId } from '../../../i18n/catalogue';
import { useT } from '../../../i18n/locale';
import { cleanNote, NOTE_MAX, noteProblem, type NoteProblem } from './decision-note';
import { QUEUE_ERRORS } from './queue-errors';

const PROBLEM_TEXT: Record<NoteProblem, MessageId> = {
  empty: 'queue.note.empty',
  tooLong: 'queue.note.tooLong',
  invalid: 'queue.note.invalid',
};

/**
 * A decision with a text (approve with an optional note, reject with a reason, resolve a
 * finding) in a modal <dialog>: the platform keeps focus inside and Escape closes it. The text
 * is checked as the registry checks it; a refusal `onSubmit` throws is shown inside.
 */
export function NoteDialog({
  id,
  title,
  summary,
  label,
  hint,
  required,
  submitLabel,
  danger = false,
  onSubmit,
  onClose,
}: {
  id: string;
  title: string;
  summary?: ReactNode;
  label: string;
  hint: string;
  required: boolean;
  submitLabel: string;
  danger?: boolean;
  onSubmit: (note: string | null) => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<NoteProblem | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('note');
    const note = cleanNote(typeof value === 'string' ? value : '');
    const found = noteProblem(note, { required });
    setProblem(found);
    if (found) return;
    setBusy(true);
    setError(null);
    try {
      await onSubmit(note === '' ? null : note);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('INTERNAL', String(caught)));
      setBusy(false);
    }
  };
  const field = `${id}-note`;
  const described = [`${field}-hint`, problem && `${field}-problem`].filter(Boolean).join(' ');
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <h2 id={`${id}-title`}>{title}</h2>
        {summary}
        <label htmlFor={field}>
          {label}
          {!required && ` ${t('queue.note.optional')}`}
        </label>
        <p className="hint" id={`${field}-hint`}>
          {hint} {t('queue.note.limit', { max: NOTE_MAX })}
        </p>
        {problem && (
          <p className="field-error" id={`${field}-problem`}>
            {t(PROBLEM_TEXT[problem], { max: NOTE_MAX })}
          </p>
        )}
        <textarea
          id={field}
          name="note"
          rows={4}
          maxLength={NOTE_MAX}
          required={required}
          aria-invalid={problem ? true : undefined}
          aria-describedby={described}
        />
        {error && <ErrorNotice error={error} own={QUEUE_ERRORS} />}
        <div className="actions">
          <button type="submit" className={danger ? 'button-danger' : 'button-primary'} disabled={busy}>
            {submitLabel}
          </button>
          <button type="button" className="button-secondary" onClick={onClose}>
            {t('queue.dialog.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
