import { useT } from '../../../i18n/locale';
import { AmendmentForm, problemsOf, type AmendmentProps, type BuildAmendment } from './AmendmentForm';
import {
  MAX,
  personalIdFieldProblem,
  statusesToChangeTo,
  textProblem,
  type EnterpriseStatus,
} from './enterprise-rules';
import { BranchForm } from './BranchForm';
import { SelectField, TextField, textOf } from './form-fields';

/** The four amendments a business steward makes, each a form of its own. */
export function AmendmentForms(props: AmendmentProps) {
  const { t } = useT();
  return (
    <section aria-labelledby="amend-title">
      <h2 id="amend-title">{t('enterprises.amend.title')}</h2>
      <p>{t('enterprises.amend.intro', { version: props.version })}</p>
      <div className="columns">
        <StatusForm {...props} />
        <AddRepresentativeForm {...props} />
        <RemoveRepresentativeForm {...props} />
        <BranchForm {...props} />
      </div>
    </section>
  );
}

function StatusForm({ enterprise, version, onSaved, onReload }: AmendmentProps) {
  const { t } = useT();
  const build: BuildAmendment = (data, reason) => {
    const status = textOf(data, 'status');
    return {
      problems: problemsOf({
        status: status === '' ? 'required' : status === enterprise.status ? 'sameStatus' : null,
      }),
      amendment: (expectedVersion) => ({
        kind: 'status',
        input: { enterpriseCode: enterprise.enterpriseCode, expectedVersion, status, reason },
      }),
    };
  };
  return (
    <AmendmentForm
      id="status-form"
      title="enterprises.statusForm.title"
      submitLabel="enterprises.statusForm.submit"
      {...{ version, build, onSaved, onReload }}
    >
      {enterprise.status && (
        <p>
          {t('enterprises.statusForm.current', {
            status: t(`enterprises.status.${enterprise.status as EnterpriseStatus}`),
          })}
        </p>
      )}
      <SelectField name="status" label="enterprises.statusForm.status">
        <option value="">{t('enterprises.statusForm.choose')}</option>
        {statusesToChangeTo(enterprise.status).map((status) => (
          <option key={status} value={status}>
            {t(`enterprises.status.${status}`)}
          </option>
        ))}
      </SelectField>
    </AmendmentForm>
  );
}

function AddRepresentativeForm({ enterprise, version, onSaved, onReload }: AmendmentProps) {
  const build: BuildAmendment = (data, reason) => {
    const personalIdNumber = textOf(data, 'personalIdNumber').trim();
    const title = textOf(data, 'jobTitle');
    return {
      problems: problemsOf({
        personalIdNumber: personalIdFieldProblem(personalIdNumber),
        jobTitle: textProblem(title, MAX.title),
      }),
      amendment: (expectedVersion) => ({
        kind: 'addRepresentative',
        input: {
          enterpriseCode: enterprise.enterpriseCode,
          expectedVersion,
          personalIdNumber,
          title: title.normalize('NFC').trim(),
          reason,
        },
      }),
    };
  };
  return (
    <AmendmentForm
      id="add-representative-form"
      title="enterprises.addForm.title"
      submitLabel="enterprises.addForm.submit"
      {...{ version, build, onSaved, onReload }}
    >
      <TextField
        name="personalIdNumber"
        label="enterprises.addForm.personalIdNumber"
        hint="enterprises.addForm.personalIdHint"
        maxLength={12}
        inputMode="numeric"
      />
      <TextField
        name="jobTitle"
        label="enterprises.addForm.jobTitle"
        hint="enterprises.addForm.jobTitleHint"
        maxLength={MAX.title}
        values={{ max: MAX.title }}
      />
    </AmendmentForm>
  );
}

function RemoveRepresentativeForm({ enterprise, version, onSaved, onReload }: AmendmentProps) {
  const { t } = useT();
  const representatives = enterprise.legalRepresentatives ?? [];
  const build: BuildAmendment = (data, reason) => {
    const personalIdNumber = textOf(data, 'personalIdNumber');
    return {
      problems: problemsOf({ personalIdNumber: personalIdNumber === '' ? 'required' : null }),
      amendment: (expectedVersion) => ({
        kind: 'removeRepresentative',
        input: { enterpriseCode: enterprise.enterpriseCode, expectedVersion, personalIdNumber, reason },
      }),
    };
  };
  return (
    <AmendmentForm
      id="remove-representative-form"
      title="enterprises.removeForm.title"
      submitLabel="enterprises.removeForm.submit"
      {...{ version, build, onSaved, onReload }}
    >
      {/* The registry refuses to remove the last one (INVALID_AMENDMENT); the form says so first. */}
      {representatives.length <= 1 && <p className="notice notice-warning">{t('enterprises.removeForm.onlyOne')}</p>}
      <SelectField name="personalIdNumber" label="enterprises.removeForm.representative">
        <option value="">{t('enterprises.removeForm.choose')}</option>
        {representatives.map(
          (representative) =>
            representative.citizen && (
              <option key={representative.citizen.personalIdNumber} value={representative.citizen.personalIdNumber}>
                {t('enterprises.removeForm.option', {
                  personalIdNumber: representative.citizen.personalIdNumber,
                  jobTitle: representative.title,
                })}
              </option>
            ),
        )}
      </SelectField>
    </AmendmentForm>
  );
}
