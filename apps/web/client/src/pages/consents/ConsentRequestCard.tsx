import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../i18n/locale';
import { categoryTexts } from '../../app/data-categories';
import type { ConsentRequest } from './consent-api';
import { ConsentTerms } from './ConsentTerms';

/**
 * One pending request, said in plain words, with the citizen's three answers: agree to all,
 * agree to the ticked categories only, or refuse.
 */
export function ConsentRequestCard({
  request,
  busy,
  onGrant,
  onRefuse,
}: {
  request: ConsentRequest;
  busy: boolean;
  onGrant: (categories?: string[]) => void;
  onRefuse: () => void;
}) {
  const { t, dateTime } = useT();
  const id = useId();
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(request.categories));
  const [noneChosen, setNoneChosen] = useState(false);
  const toggle = (code: string, on: boolean) => {
    setNoneChosen(false);
    setChosen((previous) => {
      const next = new Set(previous);
      if (on) next.add(code);
      else next.delete(code);
      return next;
    });
  };
  const grantSelected = (event: FormEvent) => {
    event.preventDefault();
    if (chosen.size === 0) {
      setNoneChosen(true);
      return;
    }
    const categories = request.categories.filter((code) => chosen.has(code));
    // All ticked is a grant of all: the request's own list, nothing to narrow.
    onGrant(categories.length === request.categories.length ? undefined : categories);
  };
  return (
    <article className="card consent-request" aria-labelledby={`${id}-title`} data-request-id={request.id}>
      <h3 id={`${id}-title`}>{request.agency.nameVi}</h3>
      <ConsentTerms terms={request} categoriesLabel="consents.fact.askedCategories">
        <dt>{t('consents.fact.requestedAt')}</dt>
        <dd>{dateTime(request.requestedAt)}</dd>
        <dt>{t('consents.fact.answerBy')}</dt>
        <dd>{dateTime(request.answerBy)}</dd>
      </ConsentTerms>
      <form onSubmit={grantSelected} noValidate>
        <fieldset aria-describedby={`${id}-hint${noneChosen ? ` ${id}-none` : ''}`}>
          <legend>{t('consents.choose.legend')}</legend>
          <p className="hint" id={`${id}-hint`}>
            {t('consents.choose.hint')}
          </p>
          {request.categories.map((code) => (
            <label key={code} className="checkbox">
              <input
                type="checkbox"
                name="category"
                value={code}
                checked={chosen.has(code)}
                onChange={(event) => toggle(code, event.target.checked)}
              />
              <span>{categoryTexts(t, code).name}</span>
            </label>
          ))}
          {noneChosen && (
            <p className="field-error" id={`${id}-none`} role="alert">
              {t('consents.chooseOne')}
            </p>
          )}
        </fieldset>
        <div className="actions">
          <button type="button" className="button-primary" disabled={busy} onClick={() => onGrant()}>
            {t('consents.grantAll')}
          </button>
          <button type="submit" className="button-secondary" disabled={busy}>
            {t('consents.grantSelected')}
          </button>
          <button type="button" className="button-danger" disabled={busy} onClick={onRefuse}>
            {t('consents.refuse')}
          </button>
        </div>
      </form>
    </article>
  );
}
