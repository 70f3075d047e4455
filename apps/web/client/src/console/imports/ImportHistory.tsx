import { ErrorNotice, Loading } from '../../app/notices';
import { Link } from '../../app/router';
import { useLoad } from '../../app/use-load';
import type { MessageId } from '../../i18n/catalogue';
import { useT } from '../../i18n/locale';
import { loadImports } from './import-api';
import { IMPORT_ERRORS } from './import-errors';
import { IMPORTS_PATH } from './imports-path';

/** The latest imports, newest first, each opening its own counts and rejects. */
export function ImportHistory({ reloads }: { reloads: number }) {
  const { t, dateTime, number } = useT();
  const imports = useLoad(() => loadImports(), String(reloads));
  return (
    <section aria-labelledby="imports-history-title">
      <h2 id="imports-history-title">{t('imports.history.title')}</h2>
      {imports.state === 'failed' && <ErrorNotice error={imports.error} own={IMPORT_ERRORS} onRetry={imports.reload} />}
      {imports.state === 'loading' && !imports.data && <Loading />}
      {imports.data?.length === 0 && <p>{t('imports.history.none')}</p>}
      {imports.data && imports.data.length > 0 && (
        <div className="table-scroll" role="region" aria-labelledby="imports-history-caption" tabIndex={0}>
          <table>
            <caption id="imports-history-caption">{t('imports.history.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('imports.history.file')}</th>
                <th scope="col">{t('imports.history.started')}</th>
                <th scope="col">{t('imports.history.by')}</th>
                <th scope="col">{t('imports.history.status')}</th>
                <th scope="col">{t('imports.count.rowsRead')}</th>
                <th scope="col">{t('imports.count.accepted')}</th>
                <th scope="col">{t('imports.count.alreadyRegistered')}</th>
                <th scope="col">{t('imports.count.refused')}</th>
              </tr>
            </thead>
            <tbody>
              {imports.data.map((item) => (
                <tr key={item.id}>
                  <th scope="row">
                    <Link href={`${IMPORTS_PATH}?import=${encodeURIComponent(item.id)}`}>{item.fileName}</Link>
                  </th>
                  <td>{dateTime(item.startedAt)}</td>
                  <td>{item.startedBy}</td>
                  <td>{t(`imports.state.${item.status}` as MessageId)}</td>
                  <td>{number(item.rowsRead)}</td>
                  <td>{number(item.accepted)}</td>
                  <td>{number(item.alreadyRegistered)}</td>
                  <td>{number(item.refused)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
