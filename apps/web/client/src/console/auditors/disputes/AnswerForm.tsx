import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../api/api-error';
import { ErrorNotice } from '../../../app/notices';
import type { MessageId } from '../../../i18n/catalogue';
import { useT } from '../../../i18n/locale';
import { AUDITOR_ERRORS } from '../auditor-errors';
import { answerProblem, cleanAnswer, MAX_ANSWER, type AnswerProblem } from './answer-rules';
import { answerDispute, DISPUTE_OUTCOMES, type DisputeOutcome, type FullDispute } from './disputes-api';

/**
 * The decision, final: an outcome and the answer the citizen reads in their tracker. Checked
 * here as the server checks it; the server's refusal, if it comes anyway, is shown by its code.
 */
export function AnswerForm({
  dispute,
  onAnswered,
  onStale,
}: {
  dispute: FullDispute;
  onAnswered: (next: FullDispute) => void;
  onStale: () => void;
}) {
  const { t } = useT();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<AnswerProblem | 'noOutcome' | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const outcome = form.get('outcome');
    const answer = form.get('answer');
    const text = typeof answer === 'string' ? answer : '';
    const found = typeof outcome !== 'string' ? 'noOutcome' : answerProblem(text);
    setProblem(found);
    if (found) return;
    setBusy(true);
    setError(null);
    try {
      onAnswered(await answerDispute(dispute.id, dispute.version, outcome as DisputeOutcome, cleanAnswer(text)));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('INTERNAL', String(caught)));
      setBusy(false);
    }
  };
  const textProblem = problem && problem !== 'noOutcome' ? problem : null;
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="answer-title">
      <h3 id="answer-title">{t('auditors.answer.title')}</h3>
      <fieldset aria-describedby={problem === 'noOutcome' ? 'answer-outcome-error' : undefined}>
        <legend>{t('auditors.answer.outcome')}</legend>
        {problem === 'noOutcome' && (
          <p className="field-error" id="answer-outcome-error" role="alert">
            {t('auditors.answer.noOutcome')}
          </p>
        )}
        {DISPUTE_OUTCOMES.map((outcome) => (
          <label key={outcome} className="checkbox">
            <input type="radio" name="outcome" value={outcome} required />
            <span>
              <strong>{t(`auditors.status.${outcome}` as MessageId)}</strong>
              {' — '}
              {t(`auditors.answer.outcome.${outcome}` as MessageId)}
            </span>
          </label>
        ))}
      </fieldset>
      <label htmlFor="answer-text">{t('auditors.answer.text')}</label>
      <p className="hint" id="answer-hint">
        {t('auditors.answer.hint', { max: MAX_ANSWER })}
      </p>
      {textProblem && (
        <p className="field-error" id="answer-error" role="alert">
          {t(`auditors.answer.${textProblem}` as MessageId, { max: MAX_ANSWER })}
        </p>
      )}
      <textarea
        id="answer-text"
        name="answer"
        rows={6}
        required
        aria-invalid={textProblem ? true : undefined}
        aria-describedby={textProblem ? 'answer-hint answer-error' : 'answer-hint'}
      />
      {error && (
        <ErrorNotice
          error={error}
          own={AUDITOR_ERRORS}
          onRetry={error.code === 'STALE_VERSION' ? onStale : undefined}
        />
      )}
      <div className="actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {t('auditors.answer.send')}
        </button>
      </div>
    </form>
  );
}
