import { useT } from '../../../i18n/locale';
import { AmendmentForm, problemsOf, type AmendmentProps, type BuildAmendment } from './AmendmentForm';
import {
  BRANCH_KINDS,
  MAX,
  LEGACY_PROVINCES,
  PROVINCES_2025,
  branchCodeProblem,
  nextBranchCode,
  provinceProblem,
  textProblem,
} from './enterprise-rules';
import { SelectField, TextField, textOf } from './form-fields';

/** A branch or representative office, registered as an amendment of this enterprise. */
export function BranchForm({ enterprise, version, onSaved, onReload }: AmendmentProps) {
  const { t } = useT();
  const code = enterprise.enterpriseCode;
  const suggested = nextBranchCode(
    code,
    (enterprise.branches ?? []).map((branch) => branch.branchCode),
  );
  const build: BuildAmendment = (data, reason) => {
    const branchCode = textOf(data, 'branchCode').trim();
    const kind = textOf(data, 'kind');
    const name = textOf(data, 'name');
    const provinceCode = textOf(data, 'provinceCode');
    const address = textOf(data, 'address');
    return {
      problems: problemsOf({
        branchCode: branchCodeProblem(branchCode, code),
        kind: (BRANCH_KINDS as readonly string[]).includes(kind) ? null : 'required',
        name: textProblem(name, MAX.name, { name: true }),
        provinceCode: provinceProblem(provinceCode),
        address: textProblem(address, MAX.address, { name: true }),
      }),
      amendment: (expectedVersion) => ({
        kind: 'branch',
        input: {
          branchCode,
          expectedVersion,
          kind,
          name: name.normalize('NFC').trim(),
          location: { provinceCode, address: address.normalize('NFC').trim() },
          reason,
        },
      }),
    };
  };
  const option = (province: { code: string; name: string }) => (
    <option key={province.code} value={province.code}>
      {`${province.code} — ${province.name}`}
    </option>
  );
  return (
    <AmendmentForm
      id="branch-form"
      title="enterprises.branchForm.title"
      submitLabel="enterprises.branchForm.submit"
      {...{ version, build, onSaved, onReload }}
    >
      <TextField
        key={suggested}
        name="branchCode"
        label="enterprises.branchForm.code"
        hint="enterprises.branchForm.codeHint"
        maxLength={14}
        defaultValue={suggested}
        values={{ enterpriseCode: code }}
      />
      <SelectField name="kind" label="enterprises.branchForm.kind">
        <option value="">{t('enterprises.branchForm.kind')}</option>
        {BRANCH_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`enterprises.kind.${kind}`)}
          </option>
        ))}
      </SelectField>
      <TextField name="name" label="enterprises.branchForm.name" maxLength={MAX.name} values={{ max: MAX.name }} />
      <SelectField name="provinceCode" label="enterprises.branchForm.province">
        <option value="">{t('enterprises.branchForm.chooseProvince')}</option>
        <optgroup label={t('enterprises.branchForm.provinces2025')}>{PROVINCES_2025.map(option)}</optgroup>
        <optgroup label={t('enterprises.branchForm.provincesLegacy')}>{LEGACY_PROVINCES.map(option)}</optgroup>
      </SelectField>
      <TextField
        name="address"
        label="enterprises.branchForm.address"
        maxLength={MAX.address}
        values={{ max: MAX.address }}
      />
    </AmendmentForm>
  );
}
