import { useState, type FormEvent } from 'react';
import { setQuery } from '../../../app/router';
import { useT } from '../../../i18n/locale';
import { asOfInstant, vietnamLocal } from './as-of';

/** "The record as known at …": a time in Vietnam, put in the URL as the API's asOf instant. */
export function AsOfForm({ asOf }: { asOf: string | null }) {
  const { t } = useT();
  const [invalid, setInvalid] = useState(false);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const given = new FormData(event.currentTarget).get('asOf');
    const local = typeof given === 'string' ? given : '';
    const instant = asOfInstant(local);
    setInvalid(instant === null);
    if (instant) setQuery({ asOf: instant });
  };
  return (
    <form className="filters" onSubmit={submit} key={asOf ?? 'now'} aria-labelledby="as-of-legend">
      <p id="as-of-legend" className="visually-hidden">
        {t('citizens.asOf.legend')}
      </p>
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
          defaultValue={asOf ? vietnamLocal(asOf) : ''}
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
