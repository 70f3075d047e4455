import type { FormEvent } from 'react';
import { useT } from '../../i18n/locale';
import type { Period } from './period';

/**
 * The period, as a plain form of two date fields: it submits with Enter, and the chosen days go
 * to the URL (a bookmark keeps them). Uncontrolled, keyed by the period, so the fields follow
 * the back button.
 */
export function PeriodFilter({
  period,
  onChange,
}: {
  period: Period;
  onChange: (values: { from: string | null; to: string | null }) => void;
}) {
  const { t, date } = useT();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const day = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' && value !== '' ? value : null;
    };
    onChange({ from: day('from'), to: day('to') });
  };
  return (
    <form className="tracker-filters" onSubmit={submit} key={`${period.fromDay}/${period.toDay}`}>
      <fieldset>
        <legend>{t('tracker.filters.title')}</legend>
        <div className="tracker-filter-fields">
          <div>
            <label htmlFor="tracker-from">{t('tracker.filters.from')}</label>
            <input id="tracker-from" name="from" type="date" defaultValue={period.fromDay} required />
          </div>
          <div>
            <label htmlFor="tracker-to">{t('tracker.filters.to')}</label>
            <input id="tracker-to" name="to" type="date" defaultValue={period.toDay} required />
          </div>
        </div>
        <div className="actions">
          <button type="submit" className="button-primary">
            {t('tracker.filters.apply')}
          </button>
          <button type="button" className="button-secondary" onClick={() => onChange({ from: null, to: null })}>
            {t('tracker.filters.reset')}
          </button>
        </div>
        <p className="muted">
          {t('tracker.period', {
            from: date(`${period.fromDay}T00:00:00+07:00`),
            to: date(`${period.toDay}T00:00:00+07:00`),
          })}
        </p>
      </fieldset>
    </form>
  );
}
