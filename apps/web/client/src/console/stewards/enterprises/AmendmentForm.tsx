import { useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../../../api/api-error';
import { ErrorNotice } from '../../../app/notices';
import type { MessageId } from '../../../i18n/catalogue';
import { useT } from '../../../i18n/locale';
import { amend, type Amendment, type EnterpriseRecord } from './enterprise-api';
import { MAX, textProblem, type FieldProblem } from './enterprise-rules';
import { FormContext, TextField, textOf } from './form-fields';

/** The registry's codes this page says in its own words; any other is said by the common texts, with its code. */
export const ENTERPRISE_ERRORS: Partial<Record<string, MessageId>> = {
  STALE_VERSION: 'enterprises.error.STALE_VERSION',
  INVALID_AMENDMENT: 'enterprises.error.INVALID_AMENDMENT',
  ENTERPRISE_NOT_FOUND: 'enterprises.error.ENTERPRISE_NOT_FOUND',
  INVALID_ENTERPRISE_CODE: 'enterprises.error.invalidInput',
  INVALID_BRANCH_CODE: 'enterprises.error.invalidInput',
  INVALID_PERSONAL_ID: 'enterprises.error.invalidInput',
  INVALID_TEXT: 'enterprises.error.invalidInput',
  INVALID_CHARACTERS: 'enterprises.error.invalidInput',
  BAD_USER_INPUT: 'enterprises.error.invalidInput',
};

export type Problems = Partial<Record<string, FieldProblem>>;

/** Only the problems that were found. */
export const problemsOf = (entries: Record<string, FieldProblem | null>): Problems =>
  Object.fromEntries(Object.entries(entries).filter(([, problem]) => problem !== null)) as Problems;

/** What each amendment form is given: the record as read, and what to do after a save or a refusal. */
export interface AmendmentProps {
  enterprise: EnterpriseRecord;
  version: number;
  onSaved: () => void;
  onReload: () => void;
}

/** What a form's fields make of the submitted data: their problems, or the amendment (given the reason). */
export type BuildAmendment = (
  data: FormData,
  reason: string,
) => { problems: Problems; amendment: (expectedVersion: number) => Amendment };

/**
 * One amendment of an enterprise: the form's own fields, a reason, the version it is based on,
 * the registry's rules checked before sending, and the registry's answer (a refusal by its code;
 * STALE_VERSION with a way to reload the record, since someone else saved first).
 */
export function AmendmentForm({
  id,
  title,
  submitLabel,
  version,
  build,
  onSaved,
  onReload,
  children,
}: {
  id: string;
  title: MessageId;
  submitLabel: MessageId;
  version: number;
  build: BuildAmendment;
  onSaved: () => void;
  onReload: () => void;
  children?: ReactNode;
}) {
  const { t } = useT();
  const [problems, setProblems] = useState<Problems>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const reason = textOf(data, 'reason');
    const built = build(data, reason.normalize('NFC').trim());
    const reasonProblem = textProblem(reason, MAX.reason);
    const found: Problems = { ...built.problems, ...(reasonProblem ? { reason: reasonProblem } : {}) };
    setProblems(found);
    setSaved(null);
    setError(null);
    const first = Object.keys(found).find((name) => found[name]);
    if (first) {
      form.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    setBusy(true);
    try {
      setSaved(await amend(built.amendment(version)));
      form.reset();
      onSaved();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('INTERNAL', String(caught)));
    } finally {
      setBusy(false);
    }
  };
  const reload = () => {
    setError(null);
    onReload();
  };
  return (
    <section className="card amendment" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t(title)}</h3>
      <p className="muted" data-based-on={version}>
        {t('enterprises.form.basedOn', { version })}
      </p>
      <FormContext.Provider value={{ id, problems }}>
        <form onSubmit={(event) => void submit(event)} noValidate data-form={id}>
          {children}
          <TextField
            name="reason"
            label="enterprises.form.reason"
            hint="enterprises.form.reasonHint"
            maxLength={MAX.reason}
            values={{ max: MAX.reason }}
          />
          {error && (
            <>
              <ErrorNotice error={error} own={ENTERPRISE_ERRORS} />
              {error.code === 'STALE_VERSION' && (
                <button type="button" className="button-secondary" onClick={reload}>
                  {t('enterprises.form.reload')}
                </button>
              )}
            </>
          )}
          {saved !== null && (
            <p className="notice notice-success" role="status">
              {t('enterprises.form.saved', { version: saved })}
            </p>
          )}
          <div className="actions">
            <button type="submit" className="button-primary" disabled={busy}>
              {busy ? t('enterprises.form.saving') : t(submitLabel)}
            </button>
          </div>
        </form>
      </FormContext.Provider>
    </section>
  );
}
