import { Link } from '../../../app/router';
import type { MessageId } from '../../../i18n/catalogue';
import { useT } from '../../../i18n/locale';
import type { CitizenVersion } from './citizen-api';
import { citizenPath } from './citizen-paths';

const KINDS = new Set(['register', 'correct', 'identity', 'vital_status', 'merge']);

/** The record's versions, newest first: who changed it, when, why; each can be opened as of its time. */
export function VersionHistory({ personalIdNumber, history }: { personalIdNumber: string; history: CitizenVersion[] }) {
  const { t, dateTime } = useT();
  return (
    <section aria-labelledby="citizen-history">
      <h2 id="citizen-history">{t('citizens.history.title')}</h2>
      <div className="table-scroll" role="region" aria-labelledby="citizen-history" tabIndex={0}>
        <table className="history-table">
          <caption>{t('citizens.history.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('citizens.history.version')}</th>
              <th scope="col">{t('citizens.history.changeKind')}</th>
              <th scope="col">{t('citizens.history.reason')}</th>
              <th scope="col">{t('citizens.history.changedBy')}</th>
              <th scope="col">{t('citizens.history.recordedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((version) => (
              <tr key={version.version} data-version={version.version}>
                <th scope="row">{version.version}</th>
                <td>
                  {KINDS.has(version.changeKind)
                    ? t(`citizens.kind.${version.changeKind}` as MessageId)
                    : version.changeKind}
                </td>
                <td>{version.reason}</td>
                <td data-changed-by>{version.changedBy}</td>
                <td>
                  <Link href={citizenPath(personalIdNumber, version.recordedAt)}>
                    {dateTime(version.recordedAt)}
                    <span className="visually-hidden">
                      {' '}
                      {t('citizens.history.asOfLabel', { version: version.version })}
                    </span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
