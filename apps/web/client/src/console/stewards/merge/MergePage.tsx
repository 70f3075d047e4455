import { useCallback, useState, type FormEvent } from 'react';
import { ErrorNotice, Loading } from '../../../app/notices';
import { setQuery, useLocation } from '../../../app/router';
import { useLoad } from '../../../app/use-load';
import { useT } from '../../../i18n/locale';
import { personalIdFieldProblem, type FieldProblem } from '../enterprises/enterprise-rules';
import { FormContext, TextField, textOf } from '../enterprises/form-fields';
import { loadCitizen } from './merge-api';
import { mergeProblem, type MergeCitizen } from './merge-preview';
import { MergePreview } from './MergePreview';
import { MERGE_ERRORS, MergeRequestForm } from './MergeRequestForm';

export const MERGE_PATH = '/console/merge';

const both = async (survivor: string, duplicate: string): Promise<[MergeCitizen, MergeCitizen]> =>
  Promise.all([loadCitizen(survivor), loadCitizen(duplicate)]);

/**
 * /console/merge?survivor=…&duplicate=…: the two records (both numbers editable, the roles
 * swappable), a preview of what the merge does, and the request a second steward approves.
 */
export function MergePage() {
  const { t } = useT();
  const { query } = useLocation();
  const survivorId = query.get('survivor') ?? '';
  const duplicateId = query.get('duplicate') ?? '';
  const ready = personalIdFieldProblem(survivorId) === null && personalIdFieldProblem(duplicateId) === null;
  const [problems, setProblems] = useState<Partial<Record<string, FieldProblem>>>({});
  const load = useCallback(
    () => (ready ? both(survivorId, duplicateId) : new Promise<never>(() => undefined)),
    [ready, survivorId, duplicateId],
  );
  const pair = useLoad(load, ready ? `${survivorId}|${duplicateId}` : '');
  const pick = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const survivor = textOf(data, 'survivor').trim();
    const duplicate = textOf(data, 'duplicate').trim();
    const found = Object.fromEntries(
      Object.entries({
        survivor: personalIdFieldProblem(survivor),
        duplicate: personalIdFieldProblem(duplicate),
      }).filter(([, problem]) => problem !== null),
    ) as Partial<Record<string, FieldProblem>>;
    setProblems(found);
    if (Object.keys(found).length === 0) setQuery({ survivor, duplicate });
  };
  const swap = () => setQuery({ survivor: duplicateId, duplicate: survivorId });
  const current = ready && pair.state === 'ready' ? pair.data : null;
  const asked = current && current[0].mergedFrom !== null ? survivorId : duplicateId;
  const problem = current && mergeProblem(current[0], current[1]);
  return (
    <>
      <h1>{t('merge.title')}</h1>
      <p>{t('merge.intro')}</p>
      <section className="card" aria-labelledby="merge-pick-title">
        <h2 id="merge-pick-title">{t('merge.pick.title')}</h2>
        <FormContext.Provider value={{ id: 'merge-pick', problems }}>
          {/* Keyed by the query, so a swap or the back button shows the numbers the page loads. */}
          <form key={`${survivorId}|${duplicateId}`} onSubmit={pick} noValidate data-form="merge-pick">
            <div className="columns">
              <TextField
                name="survivor"
                label="merge.pick.survivor"
                hint="merge.pick.hint"
                maxLength={12}
                inputMode="numeric"
                defaultValue={survivorId}
              />
              <TextField
                name="duplicate"
                label="merge.pick.duplicate"
                hint="merge.pick.hint"
                maxLength={12}
                inputMode="numeric"
                defaultValue={duplicateId}
              />
            </div>
            <div className="actions">
              <button type="submit" className="button-primary">
                {t('merge.pick.load')}
              </button>
              {ready && (
                <button type="button" className="button-secondary" onClick={swap}>
                  {t('merge.swap', { personalIdNumber: duplicateId })}
                </button>
              )}
            </div>
          </form>
        </FormContext.Provider>
      </section>
      {ready && pair.state === 'loading' && <Loading />}
      {ready && pair.state === 'failed' && <ErrorNotice error={pair.error} own={MERGE_ERRORS} onRetry={pair.reload} />}
      {current && problem && (
        <p className="notice notice-error" role="alert">
          {t(`merge.problem.${problem}`, {
            asked,
            personalIdNumber: (problem === 'survivorMerged' ? current[0] : current[1]).personalIdNumber,
          })}
        </p>
      )}
      {current && !problem && (
        <>
          <MergePreview survivor={current[0]} duplicate={current[1]} />
          <MergeRequestForm
            key={`${survivorId}|${duplicateId}`}
            survivor={current[0]}
            duplicate={current[1]}
            onReload={pair.reload}
          />
        </>
      )}
    </>
  );
}
