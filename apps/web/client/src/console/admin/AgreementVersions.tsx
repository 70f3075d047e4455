import { Link } from '../../app/router';
import { useT } from '../../i18n/locale';
import { AgreementStatusBadge } from './AgreementStatusBadge';
import type { Agreement } from './agreements-api';

/** Every version of the agreement, oldest first, each a link to its own page. */
export function AgreementVersions({ versions, current }: { versions: Agreement[]; current: string }) {
  const { t, dateTime } = useT();
  return (
    <section aria-labelledby="admin-versions">
      <h2 id="admin-versions">{t('admin.versions.title')}</h2>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">{t('admin.versions.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.agreement.version')}</th>
              <th scope="col">{t('admin.agreement.status')}</th>
              <th scope="col">{t('admin.versions.proposed')}</th>
              <th scope="col">{t('admin.versions.decided')}</th>
              <th scope="col">{t('admin.agreement.note')}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((version) => (
              <tr key={version.id}>
                <th scope="row">
                  {version.id === current ? (
                    <span aria-current="page">{t('admin.versions.this', { version: version.version })}</span>
                  ) : (
                    <Link href={`/console/agreements/${version.id}`}>
                      {t('admin.versions.link', { version: version.version })}
                    </Link>
                  )}
                </th>
                <td>
                  <AgreementStatusBadge status={version.status} />
                </td>
                <td>{t('admin.by', { who: version.proposedBy, time: dateTime(version.proposedAt) })}</td>
                <td>
                  {version.decidedBy && version.decidedAt
                    ? t('admin.by', { who: version.decidedBy, time: dateTime(version.decidedAt) })
                    : '—'}
                </td>
                <td>{version.changeNote}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
