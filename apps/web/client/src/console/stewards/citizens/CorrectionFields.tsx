import type { MessageId } from '../../../i18n/catalogue';
import { useT } from '../../../i18n/locale';
import type { FormValues, TextField } from './correction-form';
import type { Problem } from './correction-rules';
import { FamilyLinksEditor } from './FamilyLinksEditor';
import { SelectInput, TextInput } from './form-fields';
import { BLOOD_GROUPS, ETHNIC_GROUPS, MARITAL_STATUSES, PROVINCES, SEXES, VITAL_STATUSES } from './reference-codes';

/**
 * Every field a steward may correct, from the record's own values: identity fields apart
 * (they go to a second steward), the rest taking effect at once. Choices come from the API's
 * enums and reference tables.
 */
export function CorrectionFields({
  values,
  onChange,
  problems,
}: {
  values: FormValues;
  onChange: (values: FormValues) => void;
  problems: Problem[];
}) {
  const { t } = useT();
  const field = (name: TextField, label = t(`citizens.field.${name}` as MessageId), hint?: string) => ({
    name,
    label,
    hint,
    problems,
    value: values[name],
    onChange: (value: string) => onChange({ ...values, [name]: value }),
  });
  const provinces = PROVINCES.map((province) => ({
    value: province.code,
    label: t(province.legacy ? 'citizens.correct.provinceLegacy' : 'citizens.correct.provinceNow', {
      code: province.code,
      name: province.name,
    }),
  }));
  return (
    <>
      <fieldset className="card">
        <legend>{t('citizens.correct.identity')}</legend>
        <div className="form-row">
          <TextInput {...field('familyName')} />
          <TextInput {...field('middleName')} />
          <TextInput {...field('givenName')} />
        </div>
        <SelectInput
          {...field('sex')}
          options={SEXES.map((sex) => ({ value: sex, label: t(`citizens.sex.${sex}`) }))}
        />
        <div className="form-row">
          <TextInput
            {...field('birthYear', t('citizens.correct.birthYear'), t('citizens.correct.birthHint'))}
            type="number"
          />
          <TextInput {...field('birthMonth', t('citizens.correct.birthMonth'))} type="number" />
          <TextInput {...field('birthDay', t('citizens.correct.birthDay'))} type="number" />
        </div>
        <TextInput {...field('oldIdNumber')} />
      </fieldset>
      <fieldset className="card">
        <legend>{t('citizens.correct.vital')}</legend>
        <div className="form-row">
          <SelectInput
            {...field('vitalStatus')}
            options={VITAL_STATUSES.map((status) => ({ value: status, label: t(`citizens.vital.${status}`) }))}
          />
          <TextInput {...field('vitalStatusDate', undefined, t('citizens.correct.vitalDateHint'))} type="date" />
        </div>
      </fieldset>
      <fieldset className="card">
        <legend>{t('citizens.correct.details')}</legend>
        <TextInput {...field('otherNames', undefined, t('citizens.correct.otherNamesHint'))} multiline />
        <div className="form-row">
          <TextInput {...field('placeOfBirth')} />
          <TextInput {...field('birthRegistrationPlace')} />
          <TextInput {...field('placeOfOrigin')} />
        </div>
        <div className="form-row">
          <SelectInput
            {...field('ethnicityCode', t('citizens.field.ethnicity'))}
            options={ETHNIC_GROUPS.map((group) => ({ value: group.code, label: `${group.name} (${group.code})` }))}
          />
          <TextInput {...field('religion')} />
          <TextInput {...field('nationality', undefined, t('citizens.correct.nationalityHint'))} />
        </div>
        <div className="form-row">
          <TextInput {...field('idCardIssueDate', t('citizens.correct.idCardIssueDate'))} type="date" />
          <TextInput {...field('idCardIssuePlace', t('citizens.correct.idCardIssuePlace'))} />
          <TextInput {...field('idCardExpiryDate', t('citizens.correct.idCardExpiryDate'))} type="date" />
        </div>
        {(['permanent', 'temporary', 'current'] as const).map((kind) => (
          <fieldset key={kind}>
            <legend>{t(`citizens.field.${kind}Residence`)}</legend>
            <div className="form-row">
              <SelectInput {...field(`${kind}Province`, t('citizens.correct.province'))} options={provinces} />
              <TextInput {...field(`${kind}Address`, t('citizens.correct.address'))} />
            </div>
          </fieldset>
        ))}
        <div className="form-row">
          <TextInput {...field('householdNumber', t('citizens.correct.householdNumber'))} />
          <TextInput {...field('relationshipToHead', t('citizens.correct.relationshipToHead'))} />
        </div>
        <SelectInput
          {...field('maritalStatus')}
          options={MARITAL_STATUSES.map((status) => ({ value: status, label: t(`citizens.marital.${status}`) }))}
        />
        <FamilyLinksEditor
          rows={values.familyLinks}
          onChange={(familyLinks) => onChange({ ...values, familyLinks })}
          problems={problems}
        />
        <div className="form-row">
          <TextInput {...field('phone')} type="tel" />
          <TextInput {...field('email')} type="email" />
          <SelectInput
            {...field('bloodGroup')}
            options={BLOOD_GROUPS.map((group) => ({ value: group, label: group }))}
          />
        </div>
      </fieldset>
    </>
  );
}
