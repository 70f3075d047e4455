import { useCallback, useState } from 'react';
import { ApiError } from '../../../api/api-error';
import { ErrorNotice, Loading } from '../../../app/notices';
import { useLoad } from '../../../app/use-load';
import { useT } from '../../../i18n/locale';
import { applyChanges, changedFieldKeys } from './apply-changes';
import { loadCitizen, type CitizenRecord } from './citizen-api';
import { useCodeWords } from './code-words';
import type { Changes } from './correction-form';
import { changedKeys } from './record-diff';
import { RECORD_FIELDS } from './record-fields';
import { fieldLabel } from './RecordView';
import { CORRECTION_ERRORS } from './correction-errors';
import { submitCorrection, type Outcome } from './submit-correction';

/**
 * After STALE_VERSION: what I started from, what is there now, and my change, field by field
 * (the fields I changed and those changed meanwhile); my change can be sent again, now based
 * on the current version. Nothing is merged silently: where both changed a field, it says so.
 */
export function ConflictView({
  base,
  changes,
  reason,
  onResult,
  onDiscard,
}: {
  base: CitizenRecord;
  changes: Changes;
  reason: string;
  /** Done, or stale again (the record moved once more): the panel shows this view anew for it. */
  onResult: (outcome: Outcome) => void;
  onDiscard: () => void;
}) {
  const { t } = useT();
  const words = useCodeWords();
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const load = useCallback(() => loadCitizen(base.personalIdNumber, null), [base.personalIdNumber]);
  const current = useLoad(load, base.personalIdNumber);
  const now = current.data ?? null;
  const mine = applyChanges(base, changes);
  const myKeys = changedFieldKeys(changes);
  const theirKeys = now ? changedKeys(base, now) : [];
  const keys = RECORD_FIELDS.map((field) => field.key).filter((key) => myKeys.includes(key) || theirKeys.includes(key));
  const reapply = async () => {
    if (!now?.version) return;
    setSending(true);
    setError(null);
    try {
      onResult(await submitCorrection(base.personalIdNumber, now.version, changes, reason));
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : new ApiError('INTERNAL', String(failure)));
      setSending(false);
    }
  };
  const shown = (record: CitizenRecord, key: string) =>
    RECORD_FIELDS.find((field) => field.key === key)?.value(record, words) ?? t('citizens.notHeld');
  return (
    <section className="notice notice-warning conflict" aria-labelledby="conflict-title" data-conflict>
      <h2 id="conflict-title">{t('citizens.conflict.title')}</h2>
      <p role="alert">{t('citizens.error.STALE_VERSION')}</p>
      {current.state === 'failed' && <ErrorNotice error={current.error} onRetry={current.reload} />}
      {!now && current.state === 'loading' && <Loading label={t('citizens.conflict.loading')} />}
      {now && (
        <>
          <p>{t('citizens.conflict.intro', { base: base.version ?? 0, current: now.version ?? 0 })}</p>
          <div className="table-scroll" role="region" aria-labelledby="conflict-title" tabIndex={0}>
            <table>
              <caption>{t('citizens.conflict.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('citizens.diff.field')}</th>
                  <th scope="col">{t('citizens.conflict.started', { version: base.version ?? 0 })}</th>
                  <th scope="col">{t('citizens.conflict.now', { version: now.version ?? 0 })}</th>
                  <th scope="col">{t('citizens.conflict.mine')}</th>
                </tr>
              </thead>
              <tbody>
                {keys.map((key) => {
                  const both = myKeys.includes(key) && theirKeys.includes(key);
                  return (
                    <tr key={key} data-conflict-field={key} className={both ? 'changed' : undefined}>
                      <th scope="row">
                        {t(fieldLabel(key))}
                        {both && <span className="field-error"> {t('citizens.conflict.both')}</span>}
                      </th>
                      <td data-column="started">{shown(base, key)}</td>
                      <td data-column="now">{shown(now, key)}</td>
                      <td data-column="mine">
                        {myKeys.includes(key) ? (
                          shown(mine, key)
                        ) : (
                          <span className="muted">{t('citizens.conflict.unchanged')}</span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {error && <ErrorNotice error={error} own={CORRECTION_ERRORS} />}
          <div className="actions">
            <button type="button" className="button-primary" disabled={sending} onClick={() => void reapply()}>
              {sending ? t('citizens.correct.saving') : t('citizens.conflict.reapply')}
            </button>
            <button type="button" className="button-secondary" onClick={onDiscard}>
              {t('citizens.conflict.discard')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
