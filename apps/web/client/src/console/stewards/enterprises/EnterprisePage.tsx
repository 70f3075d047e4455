import { useCallback } from 'react';
import { ErrorNotice, Loading } from '../../../app/notices';
import { Link, useLocation } from '../../../app/router';
import { useLoad } from '../../../app/use-load';
import { useT } from '../../../i18n/locale';
import { pathParam } from '../../console-route';
import { AmendmentForms } from './AmendmentForms';
import { ENTERPRISE_ERRORS } from './AmendmentForm';
import { loadEnterprise } from './enterprise-api';
import { enterpriseCodeFieldProblem } from './enterprise-rules';
import { EnterpriseFacts } from './EnterpriseFacts';
import { EnterpriseTables } from './EnterpriseTables';

export const ENTERPRISES_PATH = '/console/enterprises';

/**
 * /console/enterprises/<code>: every field of the record, its representatives, branches and
 * versions, and the amendments a business steward makes, each based on the version shown.
 */
export function EnterprisePage() {
  const { t } = useT();
  const { path } = useLocation();
  const code = pathParam(path, `${ENTERPRISES_PATH}/`) ?? '';
  const valid = enterpriseCodeFieldProblem(code) === null;
  // An address without a valid code asks the registry nothing (the hook still has to be called).
  const load = useCallback(() => (valid ? loadEnterprise(code) : new Promise<never>(() => undefined)), [code, valid]);
  const enterprise = useLoad(load, valid ? code : '');
  const back = (
    <p>
      <Link href={ENTERPRISES_PATH}>{t('enterprises.page.back')}</Link>
    </p>
  );
  if (!valid) {
    return (
      <>
        <h1>{t('enterprises.lookup.title')}</h1>
        <p className="notice notice-error" role="alert">
          {t('enterprises.page.badCode')}
        </p>
        {back}
      </>
    );
  }
  const record = enterprise.data?.enterpriseCode === code ? enterprise.data : null;
  return (
    <>
      <h1>{record?.name ?? code}</h1>
      {back}
      {enterprise.state === 'failed' && (
        <ErrorNotice error={enterprise.error} own={ENTERPRISE_ERRORS} onRetry={enterprise.reload} />
      )}
      {enterprise.state === 'loading' && <Loading />}
      {record && (
        <>
          <EnterpriseFacts enterprise={record} />
          <EnterpriseTables enterprise={record} />
          {record.version !== null && (
            <AmendmentForms
              enterprise={record}
              version={record.version}
              onSaved={enterprise.reload}
              onReload={enterprise.reload}
            />
          )}
        </>
      )}
    </>
  );
}
