import { useT } from '../../i18n/locale';
import type { MyRecord } from './record-query';

/** The enterprises where the citizen is a legal representative or an owner, from the business registry. */
export function EnterpriseRoles({ record }: { record: MyRecord }) {
  const { t, number } = useT();
  const reason = record.withheld.get('enterpriseRoles');
  if (reason) return <p className="badge badge-danger">{t('record.withheld', { reason })}</p>;
  if (record.unavailable.has('enterpriseRoles')) return <p className="badge badge-muted">{t('record.unavailable')}</p>;
  const roles = record.citizen.enterpriseRoles ?? [];
  if (roles.length === 0) return <p>{t('record.roles.none')}</p>;
  return (
    // Scrolls sideways on a narrow phone: focusable, so a keyboard can scroll it too.
    <div className="table-scroll" role="region" aria-label={t('record.field.enterpriseRoles')} tabIndex={0}>
      <table>
        <caption className="visually-hidden">{t('record.field.enterpriseRoles')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('record.roles.enterprise')}</th>
            <th scope="col">{t('record.roles.role')}</th>
            <th scope="col">{t('record.roles.detail')}</th>
          </tr>
        </thead>
        <tbody>
          {roles.map((role) => (
            <tr key={`${role.enterpriseCode}-${role.role}`}>
              <td>{role.enterpriseCode}</td>
              <td>
                {role.role === 'legal_representative' || role.role === 'owner'
                  ? t(`record.roles.${role.role}`)
                  : role.role}
              </td>
              <td>
                {role.title ??
                  (role.capitalContribution &&
                    t('record.roles.capital', { amount: number(Number(role.capitalContribution)) }))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
