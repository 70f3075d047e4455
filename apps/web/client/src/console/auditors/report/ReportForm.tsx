import { useState, type FormEvent } from 'react';
import { useLocale, useT } from '../../../i18n/locale';
import type { Choice } from './report-api';
import type { ReportFilter } from './report-filter';

/**
 * Agency, purpose and period (days in Vietnam, both included), as a plain form whose values go
 * to the URL, so a report can be bookmarked. Uncontrolled and keyed by the filter shown.
 */
export function ReportForm({
  filter,
  agencies,
  purposes,
  onChange,
}: {
  filter: ReportFilter;
  agencies: Choice[];
  purposes: (Choice & { nameEn: string })[];
  onChange: (values: Record<string, string | null>) => void;
}) {
  const { t } = useT();
  const { locale } = useLocale();
  const [reversed, setReversed] = useState(false);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => {
      const given = form.get(name);
      return typeof given === 'string' && given !== '' ? given : null;
    };
    const from = value('from');
    const to = value('to');
    // As the API: the end must come after the start.
    const wrong = from !== null && to !== null && to < from;
    setReversed(wrong);
    if (wrong) return;
    onChange({ agency: value('agency'), purpose: value('purpose'), from, to });
  };
  return (
    <form onSubmit={submit} key={JSON.stringify([filter, agencies.length, purposes.length])} noValidate>
      <fieldset>
        <legend>{t('auditors.report.filters')}</legend>
        <div className="filters">
          <div>
            <label htmlFor="report-agency">{t('auditors.report.agency')}</label>
            <select id="report-agency" name="agency" defaultValue={filter.agencyCode ?? ''}>
              <option value="">{t('auditors.report.anyAgency')}</option>
              {agencies.map((agency) => (
                <option key={agency.code} value={agency.code}>
                  {agency.name} ({agency.code})
                </option>
              ))}
              {filter.agencyCode && !agencies.some((agency) => agency.code === filter.agencyCode) && (
                <option value={filter.agencyCode}>{filter.agencyCode}</option>
              )}
            </select>
          </div>
          <div>
            <label htmlFor="report-purpose">{t('auditors.report.purpose')}</label>
            <select id="report-purpose" name="purpose" defaultValue={filter.purpose ?? ''}>
              <option value="">{t('auditors.report.anyPurpose')}</option>
              {purposes.map((purpose) => (
                <option key={purpose.code} value={purpose.code}>
                  {locale === 'en' ? purpose.nameEn : purpose.name} ({purpose.code})
                </option>
              ))}
              {filter.purpose && !purposes.some((purpose) => purpose.code === filter.purpose) && (
                <option value={filter.purpose}>{filter.purpose}</option>
              )}
            </select>
          </div>
          <div>
            <label htmlFor="report-from">{t('auditors.report.from')}</label>
            <input id="report-from" name="from" type="date" defaultValue={filter.fromDay} required />
          </div>
          <div>
            <label htmlFor="report-to">{t('auditors.report.to')}</label>
            <input
              id="report-to"
              name="to"
              type="date"
              defaultValue={filter.toDay}
              required
              aria-invalid={reversed || undefined}
              aria-describedby={reversed ? 'report-period-error' : undefined}
            />
          </div>
          <button type="submit" className="button-primary">
            {t('auditors.report.apply')}
          </button>
        </div>
        {reversed && (
          <p className="field-error" id="report-period-error" role="alert">
            {t('auditors.report.reversed')}
          </p>
        )}
      </fieldset>
    </form>
  );
}
