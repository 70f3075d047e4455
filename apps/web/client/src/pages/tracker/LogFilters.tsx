import type { FormEvent } from 'react';
import { useT } from '../../i18n/locale';
import { categoryText } from './entry-text';
import { CATEGORY_CODES } from './filter';
import type { Period } from './period';
import type { Agency, LogFilter } from './tracker-api';

export interface FilterValues {
  from: string | null;
  to: string | null;
  agency: string | null;
  category: string | null;
  basis: string | null;
}

/**
 * The filters, as a plain form (it submits with Enter; the values go to the URL, so a bookmark
 * keeps them): period in Vietnam's days, agency, data category, basis. Uncontrolled and keyed
 * by what it shows, so the fields follow the back button.
 */
export function LogFilters({
  period,
  filter,
  agencies,
  onChange,
}: {
  period: Period;
  filter: LogFilter;
  agencies: Agency[];
  onChange: (values: FilterValues) => void;
}) {
  const { t, date } = useT();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => {
      const given = form.get(name);
      return typeof given === 'string' && given !== '' ? given : null;
    };
    onChange({
      from: value('from'),
      to: value('to'),
      agency: value('agency'),
      category: value('category'),
      basis: value('basis'),
    });
  };
  const reset = () => onChange({ from: null, to: null, agency: null, category: null, basis: null });
  const key = JSON.stringify([period, filter, agencies.length]);
  return (
    <form className="tracker-filters" onSubmit={submit} key={key}>
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
          <div>
            <label htmlFor="tracker-agency">{t('tracker.filters.agency')}</label>
            <select id="tracker-agency" name="agency" defaultValue={filter.agencyCode ?? ''}>
              <option value="">{t('tracker.filters.any')}</option>
              {agencies.map((agency) => (
                <option key={agency.code} value={agency.code}>
                  {agency.nameVi} ({agency.code})
                </option>
              ))}
              {filter.agencyCode && !agencies.some((agency) => agency.code === filter.agencyCode) && (
                <option value={filter.agencyCode}>{filter.agencyCode}</option>
              )}
            </select>
          </div>
          <div>
            <label htmlFor="tracker-category">{t('tracker.filters.category')}</label>
            <select id="tracker-category" name="category" defaultValue={filter.category ?? ''}>
              <option value="">{t('tracker.filters.any')}</option>
              {CATEGORY_CODES.map((code) => (
                <option key={code} value={code}>
                  {categoryText(t, code)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="tracker-basis">{t('tracker.filters.basis')}</label>
            <select id="tracker-basis" name="basis" defaultValue={filter.basis ?? ''}>
              <option value="">{t('tracker.filters.any')}</option>
              <option value="LAW">{t('tracker.filters.basis.LAW')}</option>
              <option value="CONSENT">{t('tracker.filters.basis.CONSENT')}</option>
            </select>
          </div>
        </div>
        <div className="actions">
          <button type="submit" className="button-primary">
            {t('tracker.filters.apply')}
          </button>
          <button type="button" className="button-secondary" onClick={reset}>
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
