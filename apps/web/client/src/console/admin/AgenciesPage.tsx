import './admin.css';
import { useState } from 'react';
import { ErrorNotice, Loading } from '../../app/notices';
import { useLoad } from '../../app/use-load';
import { useT } from '../../i18n/locale';
import { ADMIN_ERRORS } from './admin-errors';
import { fetchAgencies, fetchSystemsAndPendingKeys } from './agencies-api';
import { AgencySystems } from './AgencySystems';
import { PendingApprovals } from './PendingApprovals';
import { usePages } from './use-pages';

/**
 * /console/agencies: what waits for a second administrator (systems, keys), then each agency
 * with its systems, to suspend or resume. The exchange decides each action; the page hides or
 * disables what it would refuse, and says why.
 */
export function AgenciesPage() {
  const { t } = useT();
  const [systemsKey, setSystemsKey] = useState(0);
  const [done, setDone] = useState<string | null>(null);
  const systems = useLoad(fetchSystemsAndPendingKeys, String(systemsKey));
  const agencies = usePages(fetchAgencies, 'agencies');
  const changed = (message: string) => {
    setDone(message);
    setSystemsKey((n) => n + 1);
  };
  return (
    <>
      <h1>{t('admin.agencies.title')}</h1>
      <p>{t('admin.agencies.intro')}</p>
      {done && (
        <div className="notice notice-success" role="status">
          <p>{done}</p>
        </div>
      )}
      {systems.state === 'failed' && <ErrorNotice error={systems.error} own={ADMIN_ERRORS} onRetry={systems.reload} />}
      {!systems.data && systems.state === 'loading' && <Loading />}
      {systems.data && <PendingApprovals systems={systems.data.systems} onChanged={changed} />}
      <section aria-labelledby="admin-agencies-list">
        <h2 id="admin-agencies-list">{t('admin.agencies.list')}</h2>
        {agencies.page.state === 'failed' && (
          <ErrorNotice error={agencies.page.error} own={ADMIN_ERRORS} onRetry={agencies.page.reload} />
        )}
        {agencies.totalCount !== null && (
          <p className="muted">
            {t('admin.agencies.count', { shown: agencies.nodes.length, total: agencies.totalCount })}
          </p>
        )}
        {agencies.page.state === 'ready' && agencies.nodes.length === 0 && <p>{t('admin.agencies.none')}</p>}
        {systems.data &&
          agencies.nodes.map((agency) => (
            <AgencySystems
              key={agency.code}
              agency={agency}
              systems={systems.data!.systems.filter((system) => system.agencyCode === agency.code)}
              onChanged={changed}
            />
          ))}
        {agencies.page.state === 'loading' && <Loading />}
        {agencies.loadMore && (
          <div className="actions">
            <button type="button" className="button-secondary" onClick={agencies.loadMore}>
              {t('admin.loadMore')}
            </button>
          </div>
        )}
      </section>
    </>
  );
}
