import { useState, type FormEvent } from 'react';
import { setQuery } from '../../../app/router';
import { useT } from '../../../i18n/locale';
import { asOfInstant, vietnamLocal } from './as-of';

/** "The record as known at …": a time in Vietnam, put in the URL as the API's asOf instant. */
export function AsOfForm({ asOf }: { asOf: string | null }) {
  const { t } = useT();
  const [invalid, setInvalid] = useState(false);
  // The field follows the URL (another time, back to now) and is the steward's in between.
  const [local, setLocal] = useState(asOf ? vietnamLocal(asOf) : '');
  const [shownAsOf, setShownAsOf] = useState(asOf);
  if (shownAsOf !== asOf) {
    setShownAsOf(asOf);
    setLocal(asOf ? vietnamLocal(asOf) : '');
  }
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const instant = asOfInstant(local);
    setInvalid(instant === null);
    if (instant) setQuery({ asOf: instant });
  };
  return (
    <form className="filters" onSubmit={submit}>
      <div>
        <label htmlFor="citizen-as-of">
          {t('citizens.asOf.legend')} {t('citizens.asOf.label')}
        </label>
        <input
          id="citizen-as-of"
          name="asOf"
          type="datetime-local"
          step={1}
          required
          value={local}
          onChange={(event) => setLocal(event.target.value)}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? 'citizen-as-of-error' : undefined}
        />
        {invalid && (
          <p className="field-error" id="citizen-as-of-error" role="alert">
            {t('citizens.asOf.invalid')}
          </p>
        )}
      </div>
      <button type="submit" className="button-secondary">
        {t('citizens.asOf.show')}
      </button>
      {asOf && (
        <button type="button" className="button-secondary" onClick={() => setQuery({ asOf: null })}>
          {t('citizens.asOf.now')}
        </button>
      )}
    </form>
  );
}
