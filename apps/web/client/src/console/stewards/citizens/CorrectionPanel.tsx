import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../api/api-error';
import { ErrorNotice } from '../../../app/notices';
import { useT } from '../../../i18n/locale';
import type { CitizenRecord } from './citizen-api';
import { ConflictView } from './ConflictView';
import { CorrectionFields } from './CorrectionFields';
import { CORRECTION_ERRORS } from './correction-errors';
import { changesFrom, isEmpty, valuesFrom, type Changes, type FormValues } from './correction-form';
import { problemsOf, reasonProblem, type Problem } from './correction-rules';
import { TextInput } from './form-fields';
import { submitCorrection, type Outcome, type Sent } from './submit-correction';

type Done = Extract<Outcome, { kind: 'done' }>;

interface Editing {
  /** The version the edit starts from: its expectedVersion, and "what I started from" on a conflict. */
  base: CitizenRecord;
  values: FormValues;
  reason: string;
  problems: Problem[];
  nothing: boolean;
  sending: boolean;
  error: ApiError | null;
  conflict: Changes | null;
  /** What went through before a STALE_VERSION stopped the rest (the details, say, before a request). */
  sent: Sent;
  /** Each refusal shows the three-way view anew, against the version that is there then. */
  attempt: number;
}

const NOTHING_SENT: Sent = { version: null, requests: [] };

/**
 * The correction of a record: a form of its own fields, based on the version shown; on
 * STALE_VERSION the three-way view takes its place until the change is re-applied or dropped.
 */
export function CorrectionPanel({ record, onDone }: { record: CitizenRecord; onDone: (outcome: Done) => void }) {
  const { t } = useT();
  const [editing, setEditing] = useState<Editing | null>(null);
  if (!editing)
    return (
      <button
        type="button"
        className="button-primary"
        onClick={() =>
          setEditing({
            base: record,
            values: valuesFrom(record),
            reason: '',
            problems: [],
            nothing: false,
            sending: false,
            error: null,
            conflict: null,
            sent: NOTHING_SENT,
            attempt: 0,
          })
        }
      >
        {t('citizens.correct.open')}
      </button>
    );
  const update = (patch: Partial<Editing>) => setEditing((state) => (state ? { ...state, ...patch } : state));
  const settle = (outcome: Outcome) => {
    const sent = {
      version: outcome.kind === 'done' ? (outcome.version ?? editing.sent.version) : editing.sent.version,
      requests: [...editing.sent.requests, ...(outcome.kind === 'done' ? outcome.requests : outcome.sent.requests)],
    };
    if (outcome.kind === 'stale') {
      sent.version = outcome.sent.version ?? sent.version;
      update({ sending: false, conflict: outcome.remaining, sent, attempt: editing.attempt + 1 });
      return;
    }
    setEditing(null);
    onDone({ kind: 'done', ...sent });
  };
  if (editing.conflict)
    return (
      <ConflictView
        key={editing.attempt}
        base={editing.base}
        changes={editing.conflict}
        reason={editing.reason}
        onResult={settle}
        onDiscard={() => setEditing(null)}
      />
    );
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const changes = changesFrom(valuesFrom(editing.base), editing.values);
    const problems = [...problemsOf(changes, editing.values, editing.base.personalIdNumber)];
    const reason = reasonProblem(editing.reason);
    if (reason) problems.push(reason);
    update({ problems, nothing: isEmpty(changes), error: null });
    if (problems.length > 0 || isEmpty(changes) || editing.base.version === null) return;
    update({ sending: true });
    try {
      const outcome = await submitCorrection(
        editing.base.personalIdNumber,
        editing.base.version,
        changes,
        editing.reason,
      );
      settle(outcome);
    } catch (error) {
      update({ sending: false, error: error instanceof ApiError ? error : new ApiError('INTERNAL', String(error)) });
    }
  };
  return (
    <form className="correction" onSubmit={(event) => void submit(event)} aria-labelledby="correct-title" noValidate>
      <h2 id="correct-title">{t('citizens.correct.title')}</h2>
      <p>{t('citizens.correct.intro', { version: editing.base.version ?? 0 })}</p>
      <CorrectionFields values={editing.values} onChange={(values) => update({ values })} problems={editing.problems} />
      <TextInput
        name="reason"
        label={t('citizens.correct.reason')}
        value={editing.reason}
        onChange={(reason) => update({ reason })}
        problems={editing.problems}
      />
      {editing.problems.length > 0 && (
        <p className="notice notice-error" role="alert">
          {t('citizens.correct.problems', { count: editing.problems.length })}
        </p>
      )}
      {editing.nothing && editing.problems.length === 0 && (
        <p className="notice notice-warning" role="alert">
          {t('citizens.correct.nothing', { version: editing.base.version ?? 0 })}
        </p>
      )}
      {editing.error && <ErrorNotice error={editing.error} own={CORRECTION_ERRORS} />}
      <div className="actions">
        <button type="submit" className="button-primary" disabled={editing.sending}>
          {editing.sending ? t('citizens.correct.saving') : t('citizens.correct.submit')}
        </button>
        <button type="button" className="button-secondary" onClick={() => setEditing(null)}>
          {t('citizens.correct.cancel')}
        </button>
      </div>
    </form>
  );
}
