import { ErrorNotice, Loading } from '../../../app/notices';
import { Link } from '../../../app/router';
import { useLoad } from '../../../app/use-load';
import type { MessageId } from '../../../i18n/catalogue';
import { useT } from '../../../i18n/locale';
import { partialDateText } from './change-diff';
import { citizenHref } from './ChangeRequestCard';
import { duplicateCandidates } from './queue-api';
import { QUEUE_ERRORS } from './queue-errors';
import { ShowMore, useShowMore } from './ShowMore';

const KNOWN_REASONS = new Set(['SAME_NAME_BIRTH_DATE_AND_PLACE', 'SAME_OLD_ID_NUMBER']);

/** Pairs of records that may be one person: why they match, and the facts side by side, each linked. */
export function DuplicatesSection() {
  const { t } = useT();
  const pairs = useLoad(duplicateCandidates, 'duplicates');
  const { limit, more } = useShowMore('duplicates');
  const all = pairs.data?.items ?? [];
  const reasonText = (code: string) =>
    KNOWN_REASONS.has(code) ? t(`queue.duplicate.reason.${code}` as MessageId) : code;
  return (
    <section aria-labelledby="queue-duplicates-title" id="queue-duplicates">
      <h2 id="queue-duplicates-title">
        {t('queue.duplicates.title')} <span className="count">{pairs.data ? pairs.data.total : '…'}</span>
      </h2>
      <p>{t('queue.duplicates.intro')}</p>
      {pairs.state === 'failed' && <ErrorNotice error={pairs.error} own={QUEUE_ERRORS} onRetry={pairs.reload} />}
      {pairs.state === 'loading' && !pairs.data && <Loading />}
      {pairs.data && pairs.data.total > all.length && (
        <p className="muted">{t('queue.partial', { shown: all.length, total: pairs.data.total })}</p>
      )}
      {pairs.data && all.length === 0 && <p>{t('queue.duplicates.none')}</p>}
      {all.length > 0 && (
        <ol className="plain-list queue-list">
          {all.slice(0, limit).map((pair, index) => {
            const numbers = pair.citizens.map((citizen) => citizen.personalIdNumber).join(' — ');
            return (
              <li key={`${numbers}-${index}`} className="card queue-item">
                <h3>{t('queue.duplicate.title', { numbers })}</h3>
                <p>
                  {t('queue.duplicate.because')} <strong>{reasonText(pair.reason)}</strong>
                </p>
                <div className="table-scroll">
                  <table>
                    <caption>{t('queue.duplicate.caption', { numbers })}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('queue.duplicate.number')}</th>
                        <th scope="col">{t('queue.duplicate.name')}</th>
                        <th scope="col">{t('queue.field.birthDate')}</th>
                        <th scope="col">{t('queue.duplicate.placeOfBirth')}</th>
                        <th scope="col">{t('queue.field.oldIdNumber')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {pair.citizens.map((citizen) => (
                        <tr key={citizen.personalIdNumber}>
                          <th scope="row">
                            <Link href={citizenHref(citizen.personalIdNumber)}>{citizen.personalIdNumber}</Link>
                          </th>
                          <td>{citizen.fullName ?? '—'}</td>
                          <td>{partialDateText(citizen.birthDate) ?? '—'}</td>
                          <td>{citizen.placeOfBirth ?? '—'}</td>
                          <td>{citizen.oldIdNumber ?? '—'}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <ShowMore shown={Math.min(limit, all.length)} total={all.length} onMore={more} />
    </section>
  );
}
