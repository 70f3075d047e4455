import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/api-error';
import { ErrorNotice } from '../../app/notices';
import { useT } from '../../i18n/locale';
import { ADMIN_ERRORS } from './admin-errors';
import { changesAnything, diffTerms, needsApproval, type AgreementTerms } from './agreement-diff';
import {
  applyChanges,
  changesFrom,
  checkTerms,
  type FormProblems,
  type ProposalInput,
  type TermsFormValues,
} from './agreement-form';
import type { Agency } from './agencies-api';
import type { Purpose } from './agreements-api';
import { Problem, TermsFields } from './TermsFields';
import { TermsComparison } from './TermsComparison';

/**
 * The form of a new agreement (`inForce` null) or of an amendment of the version in force.
 * Checked as the exchange checks it before sending; an amendment shows, as it is typed, what it
 * would change and whether it needs a second administrator (anything not only narrowing).
 */
export function AgreementForm({
  initial,
  inForce,
  agencies,
  purposes,
  submitLabel,
  onSubmit,
}: {
  initial: TermsFormValues;
  inForce: AgreementTerms | null;
  agencies: Agency[] | null;
  purposes: Purpose[];
  submitLabel: string;
  onSubmit: (input: ProposalInput) => Promise<void>;
}) {
  const { t } = useT();
  const [values, setValues] = useState(initial);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const checked = checkTerms(values);
  // Problems show once a send was tried, then follow the typing.
  const shownProblems: FormProblems = tried ? checked.problems : {};
  const preview = inForce && checked.input ? applyChanges(inForce, changesFrom(inForce, checked.input)) : null;
  const previewDiffs = preview && inForce ? diffTerms(inForce, preview) : null;
  const unchanged = previewDiffs !== null && !changesAnything(previewDiffs);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTried(true);
    setError(null);
    if (!checked.input || unchanged) {
      // After the problems are rendered: to the first field that has one.
      const form = event.currentTarget;
      setTimeout(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      return;
    }
    setBusy(true);
    try {
      await onSubmit(checked.input);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('INTERNAL', String(caught)));
    } finally {
      setBusy(false);
    }
  };
  const problemCount = Object.keys(shownProblems).length;
  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="agreement-form">
      <TermsFields
        values={values}
        problems={shownProblems}
        onChange={setValues}
        agencies={agencies}
        purposes={purposes}
      />
      <div>
        <label htmlFor="admin-form-note">{t(inForce ? 'admin.form.noteAmend' : 'admin.form.note')}</label>
        <Problem field="note" problem={shownProblems.note} />
        <textarea
          id="admin-form-note"
          value={values.note}
          aria-invalid={shownProblems.note ? true : undefined}
          aria-describedby={shownProblems.note ? 'admin-form-note-problem' : undefined}
          onChange={(event) => setValues({ ...values, note: event.target.value })}
        />
      </div>
      {preview && inForce && previewDiffs && (
        <section aria-labelledby="admin-amend-preview">
          <h3 id="admin-amend-preview">{t('admin.amend.preview')}</h3>
          <p role="status">
            {unchanged
              ? t('admin.amend.nothing')
              : needsApproval(previewDiffs)
                ? t('admin.amend.needsApproval')
                : t('admin.amend.narrowsOnly')}
          </p>
          {!unchanged && (
            <TermsComparison
              caption={t('admin.amend.previewCaption')}
              beforeLabel={t('admin.terms.inForce')}
              afterLabel={t('admin.terms.afterAmendment')}
              before={inForce}
              after={preview}
              purposes={purposes}
            />
          )}
        </section>
      )}
      {tried && problemCount > 0 && (
        <p className="notice notice-error" role="alert">
          {t('admin.form.problems', { count: problemCount })}
        </p>
      )}
      {!inForce && checked.input && tried && <p className="muted">{t('admin.propose.needsApproval')}</p>}
      {error && <ErrorNotice error={error} own={ADMIN_ERRORS} />}
      <div className="actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
