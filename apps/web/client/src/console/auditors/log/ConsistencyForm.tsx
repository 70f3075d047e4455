import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../api/api-error';
import { ErrorNotice } from '../../../app/notices';
import { useT } from '../../../i18n/locale';
import { AUDITOR_ERRORS } from '../auditor-errors';
import { fetchConsistency, publishedKeySets, type LogConsistency } from './log-api';
import { verifyConsistency, type ConsistencyVerdict } from './log-check';
import { sizesProblem, type SizesProblem } from './log-size';

/** Any two checkpoint sizes: does the larger log extend the smaller one? Checked here, by proof. */
export function ConsistencyForm({ initialFrom, initialTo }: { initialFrom: string; initialTo: string }) {
  const { t, number } = useT();
  const [problem, setProblem] = useState<SizesProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [result, setResult] = useState<{ answer: LogConsistency; verdict: ConsistencyVerdict } | null>(null);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' ? value.trim() : '';
    };
    const fromSize = text('fromSize');
    const toSize = text('toSize');
    const found = sizesProblem(fromSize, toSize);
    setProblem(found);
    setResult(null);
    if (found) return;
    setBusy(true);
    setError(null);
    try {
      const answer = await fetchConsistency(fromSize, toSize);
      setResult({ answer, verdict: await verifyConsistency(answer, await publishedKeySets()) });
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('INTERNAL', String(caught)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <div className="filters">
        <div>
          <label htmlFor="consistency-from">{t('auditors.log.fromSize')}</label>
          <input
            id="consistency-from"
            name="fromSize"
            inputMode="numeric"
            defaultValue={initialFrom}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'consistency-error' : undefined}
          />
        </div>
        <div>
          <label htmlFor="consistency-to">{t('auditors.log.toSize')}</label>
          <input
            id="consistency-to"
            name="toSize"
            inputMode="numeric"
            defaultValue={initialTo}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'consistency-error' : undefined}
          />
        </div>
        <button type="submit" className="button-secondary" disabled={busy}>
          {t('auditors.log.check')}
        </button>
      </div>
      {problem && (
        <p className="field-error" id="consistency-error" role="alert">
          {t(`auditors.error.${problem}`)}
        </p>
      )}
      {error && <ErrorNotice error={error} own={AUDITOR_ERRORS} />}
      <div role="status" aria-live="polite">
        {result &&
          (result.verdict.kind === 'holds' ? (
            <p className="notice notice-success">
              {t('auditors.log.consistent', {
                fromSize: number(Number(result.answer.fromSize)),
                toSize: number(Number(result.answer.toSize)),
                hashes: result.answer.proof.length,
              })}
            </p>
          ) : (
            <p className="notice notice-error">{t('auditors.log.inconsistent', { reason: result.verdict.reason })}</p>
          ))}
      </div>
    </form>
  );
}
