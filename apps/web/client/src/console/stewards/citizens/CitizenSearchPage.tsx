import { useState, type ChangeEvent, type FormEvent } from 'react';
import { ErrorNotice, Loading } from '../../../app/notices';
import { Link, setQuery, useLocation } from '../../../app/router';
import { useLoad } from '../../../app/use-load';
import { useMorePages } from '../../../app/use-more-pages';
import { useT } from '../../../i18n/locale';
import { searchCitizens, type SearchArgs, type SearchHit, type SearchPage, type Sex } from './citizen-api';
import { partialDateText } from './record-fields';
import { SEXES } from './reference-codes';
import { citizenPath } from './citizen-paths';

function searchFrom(query: URLSearchParams): SearchArgs | null {
  const name = query.get('name')?.trim() ?? '';
  if (!name) return null;
  const year = Number(query.get('birthYear'));
  const sex = query.get('sex');
  return {
    name,
    birthYear: Number.isInteger(year) && year >= 1850 && year <= 2200 ? year : null,
    sex: (SEXES as readonly string[]).includes(sex ?? '') ? (sex as Sex) : null,
  };
}

const fieldsOf = (search: SearchArgs | null) => ({
  name: search?.name ?? '',
  birthYear: search?.birthYear ? String(search.birthYear) : '',
  sex: search?.sex ?? '',
});

/**
 * Stewards find a record by name (the subgraph ignores diacritics and case), narrowed by year
 * of birth and sex; the search is in the URL, the further pages come with "load more".
 */
export function CitizenSearchPage() {
  const { t } = useT();
  const { query } = useLocation();
  const search = searchFrom(query);
  const key = JSON.stringify(search);
  // useLoad runs the latest function when the key changes: the search is the key.
  const first = useLoad(() => (search ? searchCitizens(search, null) : Promise.resolve(null)), key);
  // The fields follow the URL (a new search, the back button) and are the steward's in between.
  const [fields, setFields] = useState(() => fieldsOf(search));
  const [shownKey, setShownKey] = useState(key);
  if (shownKey !== key) {
    setShownKey(key);
    setFields(fieldsOf(search));
  }
  const set = (name: keyof typeof fields) => (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setFields({ ...fields, [name]: event.target.value });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setQuery({ name: fields.name.trim(), birthYear: fields.birthYear.trim(), sex: fields.sex });
  };
  return (
    <>
      <h1>{t('citizens.search.title')}</h1>
      <p>{t('citizens.search.intro')}</p>
      <form className="filters" role="search" onSubmit={submit}>
        <div>
          <label htmlFor="citizen-search-name">{t('citizens.search.name')}</label>
          <input
            id="citizen-search-name"
            name="name"
            type="search"
            required
            maxLength={200}
            value={fields.name}
            onChange={set('name')}
          />
        </div>
        <div>
          <label htmlFor="citizen-search-year">{t('citizens.search.birthYear')}</label>
          <input
            id="citizen-search-year"
            name="birthYear"
            type="number"
            min={1850}
            max={2200}
            inputMode="numeric"
            value={fields.birthYear}
            onChange={set('birthYear')}
          />
        </div>
        <div>
          <label htmlFor="citizen-search-sex">{t('citizens.search.sex')}</label>
          <select id="citizen-search-sex" name="sex" value={fields.sex} onChange={set('sex')}>
            <option value="">{t('citizens.search.any')}</option>
            {SEXES.map((sex) => (
              <option key={sex} value={sex}>
                {t(`citizens.sex.${sex}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button-primary">
          {t('citizens.search.submit')}
        </button>
      </form>
      {!search && <p className="muted">{t('citizens.search.start')}</p>}
      {first.state === 'failed' && <ErrorNotice error={first.error} onRetry={first.reload} />}
      {first.state === 'loading' && <Loading />}
      {search && first.state === 'ready' && first.data && (
        <SearchResults key={key} search={search} firstPage={first.data} />
      )}
    </>
  );
}

function SearchResults({ search, firstPage }: { search: SearchArgs; firstPage: SearchPage }) {
  const { t } = useT();
  const { items: hits, hasMore, more, loadMore } = useMorePages(firstPage, (after) => searchCitizens(search, after));
  if (hits.length === 0) return <p role="status">{t('citizens.search.none')}</p>;
  return (
    <section aria-labelledby="citizen-results">
      <h2 id="citizen-results">{t('citizens.search.results', { name: search.name })}</h2>
      <div className="table-scroll" role="region" aria-labelledby="citizen-results" tabIndex={0}>
        <table>
          <caption className="visually-hidden">{t('citizens.search.results', { name: search.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('citizens.col.fullName')}</th>
              <th scope="col">{t('citizens.col.personalIdNumber')}</th>
              <th scope="col">{t('citizens.col.birthDate')}</th>
              <th scope="col">{t('citizens.col.sex')}</th>
              <th scope="col">{t('citizens.col.residence')}</th>
              <th scope="col">{t('citizens.col.vitalStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {hits.map((hit) => (
              <HitRow key={hit.personalIdNumber} hit={hit} />
            ))}
          </tbody>
        </table>
      </div>
      <p role="status">{t('citizens.search.shown', { count: hits.length })}</p>
      {more.error && <ErrorNotice error={more.error} onRetry={() => void loadMore()} />}
      {hasMore && (
        <button type="button" className="button-secondary" disabled={more.loading} onClick={() => void loadMore()}>
          {more.loading ? t('status.loading') : t('citizens.search.more')}
        </button>
      )}
    </section>
  );
}

function HitRow({ hit }: { hit: SearchHit }) {
  const { t } = useT();
  return (
    <tr data-personal-id={hit.personalIdNumber}>
      <th scope="row">
        <Link href={citizenPath(hit.personalIdNumber)}>{hit.fullName ?? hit.personalIdNumber}</Link>
      </th>
      <td>{hit.personalIdNumber}</td>
      <td>{partialDateText(hit.birthDate) ?? '—'}</td>
      <td>{hit.sex ? t(`citizens.sex.${hit.sex}`) : '—'}</td>
      <td>{hit.permanentResidence?.address ?? '—'}</td>
      <td>{hit.vitalStatus ? t(`citizens.vital.${hit.vitalStatus}`) : '—'}</td>
    </tr>
  );
}
