import { useEffect, useRef, useState, type ReactNode } from 'react';
import { ApiError } from '../../api/api-error';
import { ErrorNotice } from '../../app/notices';
import { useT } from '../../i18n/locale';
import { ADMIN_ERRORS } from './admin-errors';
import { noteProblem, TEXT_MAX, type FieldProblem } from './agreement-form';
import { Problem } from './TermsFields';

/**
 * A modal <dialog> asking to confirm one action: the platform keeps focus inside, Escape
 * closes it and focus goes back to the button that opened it. The server's refusal, if any,
 * is shown inside it, in words, and the dialog stays open.
 */
export function ConfirmDialog({
  title,
  confirmLabel,
  danger = false,
  reasonLabel,
  onConfirm,
  onClose,
  children,
}: {
  title: string;
  confirmLabel: string;
  danger?: boolean;
  /** Asks for a reason too (required, as the API's note: 1 to 1000 characters, one line). */
  reasonLabel?: string;
  onConfirm: (reason: string) => Promise<void>;
  onClose: () => void;
  children?: ReactNode;
}) {
  const { t } = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [reason, setReason] = useState('');
  const [reasonProblem, setReasonProblem] = useState<FieldProblem | null>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  const confirm = async () => {
    const problem = reasonLabel ? noteProblem(reason) : null;
    setReasonProblem(problem);
    if (problem) return;
    setBusy(true);
    setError(null);
    try {
      await onConfirm(reason.trim());
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('INTERNAL', String(caught)));
      setBusy(false);
    }
  };
  return (
    <dialog ref={dialog} className="dialog admin-dialog" aria-labelledby="admin-dialog-title" onClose={onClose}>
      <h2 id="admin-dialog-title">{title}</h2>
      {children}
      {reasonLabel && (
        <div>
          <label htmlFor="admin-dialog-reason">{reasonLabel}</label>
          <Problem field="note" id="admin-dialog-reason-problem" problem={reasonProblem ?? undefined} />
          <textarea
            id="admin-dialog-reason"
            value={reason}
            maxLength={TEXT_MAX.note}
            aria-invalid={reasonProblem ? true : undefined}
            aria-describedby={reasonProblem ? 'admin-dialog-reason-problem' : undefined}
            onChange={(event) => setReason(event.target.value)}
          />
        </div>
      )}
      {error && <ErrorNotice error={error} own={ADMIN_ERRORS} />}
      <div className="actions">
        <button
          type="button"
          className={danger ? 'button-danger' : 'button-primary'}
          disabled={busy}
          onClick={() => void confirm()}
        >
          {confirmLabel}
        </button>
        <button type="button" className="button-secondary" onClick={onClose}>
          {t('admin.cancel')}
        </button>
      </div>
    </dialog>
  );
}
