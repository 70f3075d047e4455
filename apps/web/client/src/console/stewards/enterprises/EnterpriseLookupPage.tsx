import { useState, type FormEvent } from 'react';
import { navigate } from '../../../app/router';
import { useT } from '../../../i18n/locale';
import { EnterpriseNameSearch } from './EnterpriseNameSearch';
import { enterpriseCodeFieldProblem, type FieldProblem } from './enterprise-rules';
import { FormContext, TextField, textOf } from './form-fields';

/**
 * /console/enterprises: a search by name (searchEnterprises), and a lookup by code, checked as
 * the API checks it, that opens the record at once.
 */
export function EnterpriseLookupPage() {
  const { t } = useT();
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  const open = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = textOf(new FormData(event.currentTarget), 'enterpriseCode').trim();
    const found = enterpriseCodeFieldProblem(code);
    setProblem(found);
    if (found) event.currentTarget.querySelector<HTMLElement>('input')?.focus();
    else navigate(`/console/enterprises/${code}`);
  };
  return (
    <>
      <h1>{t('enterprises.lookup.title')}</h1>
      <p>{t('enterprises.lookup.intro')}</p>
      <EnterpriseNameSearch />
      <h2 id="enterprise-lookup-title">{t('enterprises.lookup.byCode')}</h2>
      <FormContext.Provider value={{ id: 'lookup', problems: problem ? { enterpriseCode: problem } : {} }}>
        <form className="card" onSubmit={open} noValidate role="search" aria-labelledby="enterprise-lookup-title">
          <TextField
            name="enterpriseCode"
            label="enterprises.lookup.code"
            hint="enterprises.lookup.hint"
            maxLength={10}
            inputMode="numeric"
          />
          <div className="actions">
            <button type="submit" className="button-primary">
              {t('enterprises.lookup.open')}
            </button>
          </div>
        </form>
      </FormContext.Provider>
    </>
  );
}
