import type { FormEvent } from 'react';
import { ErrorNotice, Loading } from '../../../app/notices';
import { Link, setQuery, useLocation } from '../../../app/router';
import { useLoad } from '../../../app/use-load';
import { useMorePages } from '../../../app/use-more-pages';
import type { MessageId } from '../../../i18n/catalogue';
import { useT } from '../../../i18n/locale';
import { searchEnterprises, type EnterpriseHitPage } from './enterprise-api';
import { textOf } from './form-fields';

const ERRORS: Partial<Record<string, MessageId>> = { BAD_USER_INPUT: 'enterprises.search.tooShort' };

/** The name search: the text in the URL (?name=), results twenty at a time with "load more". */
export function EnterpriseNameSearch() {
  const { t } = useT();
  const { query } = useLocation();
  const name = query.get('name')?.trim() ?? '';
  const first = useLoad(() => (name ? searchEnterprises(name, null) : Promise.resolve(null)), name);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setQuery({ name: textOf(new FormData(event.currentTarget), 'name').trim() });
  };
  return (
    <section aria-labelledby="enterprise-search-title">
      <h2 id="enterprise-search-title">{t('enterprises.search.title')}</h2>
      {/* Keyed by the URL's text, so that the back button shows what the results are for. */}
      <form key={name} className="filters" role="search" onSubmit={submit}>
        <div>
          <label htmlFor="enterprise-search-name">{t('enterprises.search.name')}</label>
          <input
            id="enterprise-search-name"
            name="name"
            type="search"
            required
            minLength={2}
            maxLength={200}
            defaultValue={name}
            aria-describedby="enterprise-search-hint"
          />
          <p className="hint" id="enterprise-search-hint">
            {t('enterprises.search.hint')}
          </p>
        </div>
        <button type="submit" className="button-primary">
          {t('enterprises.search.submit')}
        </button>
      </form>
      {first.state === 'failed' && <ErrorNotice error={first.error} own={ERRORS} onRetry={first.reload} />}
      {first.state === 'loading' && name && <Loading />}
      {first.state === 'ready' && first.data && <Results key={name} name={name} firstPage={first.data} />}
    </section>
  );
}

function Results({ name, firstPage }: { name: string; firstPage: EnterpriseHitPage }) {
  const { t } = useT();
  const { items: hits, hasMore, more, loadMore } = useMorePages(firstPage, (after) => searchEnterprises(name, after));
  if (hits.length === 0) return <p role="status">{t('enterprises.search.none', { name })}</p>;
  return (
    <>
      <div className="table-scroll" role="region" aria-labelledby="enterprise-results" tabIndex={0}>
        <table>
          <caption id="enterprise-results">{t('enterprises.search.results', { name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('enterprises.field.name')}</th>
              <th scope="col">{t('enterprises.field.enterpriseCode')}</th>
              <th scope="col">{t('enterprises.field.status')}</th>
              <th scope="col">{t('enterprises.field.headOffice')}</th>
            </tr>
          </thead>
          <tbody>
            {hits.map((hit) => (
              <tr key={hit.enterpriseCode} data-enterprise-code={hit.enterpriseCode}>
                <th scope="row">
                  <Link href={`/console/enterprises/${hit.enterpriseCode}`}>{hit.name ?? hit.enterpriseCode}</Link>
                  {hit.foreignName && <span className="muted"> ({hit.foreignName})</span>}
                </th>
                <td>{hit.enterpriseCode}</td>
                <td>{hit.status ? t(`enterprises.status.${hit.status}` as MessageId) : '—'}</td>
                <td>{hit.headOfficeAddress ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p role="status">{t('enterprises.search.shown', { count: hits.length })}</p>
      {more.error && <ErrorNotice error={more.error} onRetry={() => void loadMore()} />}
      {hasMore && (
        <button type="button" className="button-secondary" disabled={more.loading} onClick={() => void loadMore()}>
          {more.loading ? t('status.loading') : t('enterprises.search.more')}
        </button>
      )}
    </>
  );
}
