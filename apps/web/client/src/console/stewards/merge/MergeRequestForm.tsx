import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../api/api-error';
import { ErrorNotice } from '../../../app/notices';
import { Link } from '../../../app/router';
import type { MessageId } from '../../../i18n/catalogue';
import { useT } from '../../../i18n/locale';
// The same text rules and field components as the enterprise forms: RegistryText(500) on both sides.
import { MAX, textProblem, type FieldProblem } from '../enterprises/enterprise-rules';
import { FormContext, TextField, textOf } from '../enterprises/form-fields';
import { requestMerge, type MergeRequest } from './merge-api';
import type { MergeCitizen } from './merge-preview';

export const MERGE_ERRORS: Partial<Record<string, MessageId>> = {
  CITIZEN_NOT_FOUND: 'merge.error.CITIZEN_NOT_FOUND',
  INVALID_MERGE: 'merge.error.INVALID_MERGE',
  STALE_VERSION: 'merge.error.STALE_VERSION',
  INVALID_PERSONAL_ID: 'merge.error.invalidInput',
  INVALID_TEXT: 'merge.error.invalidInput',
  BAD_USER_INPUT: 'merge.error.invalidInput',
};

/** The required reason, then requestMerge based on the duplicate's version as loaded. */
export function MergeRequestForm({
  survivor,
  duplicate,
  onReload,
}: {
  survivor: MergeCitizen;
  duplicate: MergeCitizen;
  onReload: () => void;
}) {
  const { t } = useT();
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [sent, setSent] = useState<MergeRequest | null>(null);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const reason = textOf(new FormData(form), 'reason');
    const found = textProblem(reason, MAX.reason);
    setProblem(found);
    setError(null);
    if (found) {
      form.querySelector<HTMLElement>('[name="reason"]')?.focus();
      return;
    }
    setBusy(true);
    try {
      setSent(
        await requestMerge({
          survivorPersonalIdNumber: survivor.personalIdNumber,
          duplicatePersonalIdNumber: duplicate.personalIdNumber,
          expectedVersion: duplicate.version ?? 0,
          reason: reason.normalize('NFC').trim(),
        }),
      );
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('INTERNAL', String(caught)));
    } finally {
      setBusy(false);
    }
  };
  if (sent) {
    return (
      <div className="notice notice-success" role="status" data-request-id={sent.id}>
        <p>{t('merge.request.sent', { id: sent.id })}</p>
        <p>
          <Link href="/console/queue">{t('merge.request.toQueue')}</Link>
        </p>
      </div>
    );
  }
  return (
    <section className="card" aria-labelledby="merge-request-title">
      <h2 id="merge-request-title">{t('merge.request.title')}</h2>
      <FormContext.Provider value={{ id: 'merge-request', problems: problem ? { reason: problem } : {} }}>
        {/* A refusal is about what was sent: once the steward types again it no longer stands. */}
        <form
          onSubmit={(event) => void submit(event)}
          onInput={() => problem && setProblem(null)}
          noValidate
          data-form="merge-request"
        >
          <TextField
            name="reason"
            label="merge.request.reason"
            hint="merge.request.reasonHint"
            maxLength={MAX.reason}
            values={{ max: MAX.reason }}
          />
          {error && <ErrorNotice error={error} own={MERGE_ERRORS} />}
          {error?.code === 'STALE_VERSION' && (
            <button type="button" className="button-secondary" onClick={onReload}>
              {t('merge.reload')}
            </button>
          )}
          <div className="actions">
            <button type="submit" className="button-primary" disabled={busy}>
              {busy ? t('merge.request.sending') : t('merge.request.submit')}
            </button>
          </div>
        </form>
      </FormContext.Provider>
    </section>
  );
}
