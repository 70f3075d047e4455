import type { ReactNode } from 'react';
import { categoryTexts } from '../../app/data-categories';
import { categoryMessages } from '../../i18n/categories.messages';
import type { MessageId } from '../../i18n/catalogue';
import { useLocale, useT } from '../../i18n/locale';
import type { FieldName, FieldProblem, FormProblems, TermsFormValues } from './agreement-form';
import type { Agency } from './agencies-api';
import type { Purpose } from './agreements-api';

/** The catalogue's data categories (the exchange refuses any other, UNKNOWN_CATEGORY). */
const CATEGORIES = Object.keys(categoryMessages.vi)
  .filter((id) => id.endsWith('.name') && id !== 'category.unknown')
  .map((id) => id.slice('category.'.length, -'.name'.length));

/** The fields of an agreement's terms; each problem shown beside its field and tied to it. */
export function TermsFields({
  values,
  problems,
  onChange,
  agencies,
  purposes,
}: {
  values: TermsFormValues;
  problems: FormProblems;
  onChange: (values: TermsFormValues) => void;
  /** The agencies to choose from; null when the agency is fixed (an amendment). */
  agencies: Agency[] | null;
  purposes: Purpose[];
}) {
  const { t } = useT();
  const { locale } = useLocale();
  const set = (field: FieldName, value: string | string[]) => onChange({ ...values, [field]: value });
  const toggle = (field: 'categories' | 'purposes', code: string, on: boolean) =>
    set(field, on ? [...values[field], code] : values[field].filter((item) => item !== code));
  const problem = (field: FieldName) => <Problem field={field} problem={problems[field]} />;
  const text = (field: FieldName, multiline = false, hint?: MessageId) => (
    <div>
      <label htmlFor={`admin-form-${field}`}>{t(`admin.form.${field}` as MessageId)}</label>
      {hint && (
        <p className="hint" id={`admin-form-${field}-hint`}>
          {t(hint)}
        </p>
      )}
      {problem(field)}
      {(() => {
        const props = {
          id: `admin-form-${field}`,
          name: field,
          value: values[field] as string,
          'aria-invalid': problems[field] ? true : undefined,
          'aria-describedby': describedBy(field, problems, hint),
          onChange: (event: { target: { value: string } }) => set(field, event.target.value),
        };
        return multiline ? <textarea {...props} /> : <input type="text" {...props} />;
      })()}
    </div>
  );
  const boxes = (field: 'categories' | 'purposes', items: { code: string; label: ReactNode }[]) => (
    <fieldset aria-describedby={problems[field] ? `admin-form-${field}-problem` : undefined}>
      <legend>{t(`admin.form.${field}` as MessageId)}</legend>
      {problem(field)}
      {items.map(({ code, label }) => (
        <label key={code} className="checkbox">
          <input
            type="checkbox"
            name={field}
            value={code}
            checked={values[field].includes(code)}
            onChange={(event) => toggle(field, code, event.target.checked)}
          />
          <span>{label}</span>
        </label>
      ))}
    </fieldset>
  );
  return (
    <>
      {agencies && (
        <div>
          <label htmlFor="admin-form-agencyCode">{t('admin.form.agencyCode')}</label>
          {problem('agencyCode')}
          <select
            id="admin-form-agencyCode"
            value={values.agencyCode}
            aria-invalid={problems.agencyCode ? true : undefined}
            aria-describedby={describedBy('agencyCode', problems)}
            onChange={(event) => set('agencyCode', event.target.value)}
          >
            <option value="">{t('admin.form.chooseAgency')}</option>
            {agencies.map((agency) => (
              <option key={agency.code} value={agency.code}>
                {agency.nameVi} ({agency.code})
              </option>
            ))}
          </select>
        </div>
      )}
      {boxes(
        'categories',
        CATEGORIES.map((code) => ({ code, label: `${categoryTexts(t, code).name} (${code})` })),
      )}
      {boxes(
        'purposes',
        purposes.map((purpose) => ({
          code: purpose.code,
          label: `${locale === 'vi' ? purpose.textVi : purpose.textEn} (${purpose.code})${purpose.consentBased ? ` — ${t('admin.form.consentBased')}` : ''}`,
        })),
      )}
      <fieldset>
        <legend>{t('admin.form.legalBasis')}</legend>
        {text('instrument')}
        {text('article')}
        {text('clause', false, 'admin.form.optional')}
        {text('textVi', true, 'admin.form.textViHint')}
      </fieldset>
      <fieldset>
        <legend>{t('admin.form.validityAndLimits')}</legend>
        {dateField('validFrom', agencies ? 'admin.form.validFromHint' : undefined)}
        {dateField('validTo', 'admin.form.validToHint')}
        {text('requestsPerMinute', false, 'admin.form.limitHint')}
        {text('recordsPerDay', false, 'admin.form.limitHint')}
        {text('sealedDisclosureDays', false, 'admin.form.sealedHint')}
      </fieldset>
    </>
  );

  function dateField(field: 'validFrom' | 'validTo', hint?: MessageId) {
    return (
      <div>
        <label htmlFor={`admin-form-${field}`}>{t(`admin.form.${field}`)}</label>
        {hint && (
          <p className="hint" id={`admin-form-${field}-hint`}>
            {t(hint)}
          </p>
        )}
        {problem(field)}
        <input
          type="date"
          id={`admin-form-${field}`}
          value={values[field]}
          aria-invalid={problems[field] ? true : undefined}
          aria-describedby={describedBy(field, problems, hint)}
          onChange={(event) => set(field, event.target.value)}
        />
      </div>
    );
  }
}

const describedBy = (field: FieldName, problems: FormProblems, hint?: MessageId): string | undefined =>
  [hint ? `admin-form-${field}-hint` : null, problems[field] ? `admin-form-${field}-problem` : null]
    .filter(Boolean)
    .join(' ') || undefined;

/** A field's problem in words, with the limit the server applies. */
export function Problem({
  field,
  problem,
  id = `admin-form-${field}-problem`,
}: {
  field: FieldName;
  problem: FieldProblem | undefined;
  id?: string;
}) {
  const { t } = useT();
  if (!problem) return null;
  return (
    <p className="field-error" id={id}>
      {t(`admin.form.problem.${problem.problem}`, 'max' in problem ? { max: problem.max } : undefined)}
    </p>
  );
}
