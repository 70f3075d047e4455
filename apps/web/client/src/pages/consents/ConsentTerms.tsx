import type { ReactNode } from 'react';
import { categoryTexts } from '../../app/data-categories';
import type { MessageId } from '../../i18n/catalogue';
import { useT } from '../../i18n/locale';
import type { Consent, ConsentRequest } from './consent-api';

/** What a request asks or a consent allows, in plain words: purpose, data, window, reads, data life. */
export function ConsentTerms({
  terms,
  categoriesLabel,
  children,
}: {
  terms: ConsentRequest | Consent;
  categoriesLabel: MessageId;
  children?: ReactNode;
}) {
  const { t, dateTime } = useT();
  return (
    <dl className="facts">
      <dt>{t('consents.fact.purpose')}</dt>
      <dd>{terms.purpose.textVi}</dd>
      <dt>{t(categoriesLabel)}</dt>
      <dd>
        <CategoryList codes={terms.categories} />
      </dd>
      <dt>{t('consents.fact.window')}</dt>
      <dd>{t('consents.window', { from: dateTime(terms.validFrom), to: dateTime(terms.validTo) })}</dd>
      <dt>{t('consents.fact.fetchType')}</dt>
      <dd>
        {terms.fetchType === 'ONE_TIME'
          ? t('consents.oneTime')
          : t('consents.periodic', { cap: terms.maxReadsPerDay ?? 0 })}
      </dd>
      <dt>{t('consents.fact.dataLife')}</dt>
      <dd>{t('consents.dataLife', { days: terms.dataLifeDays })}</dd>
      {children}
    </dl>
  );
}

/** Data categories by their names, each with what it holds. */
export function CategoryList({ codes }: { codes: string[] }) {
  const { t } = useT();
  return (
    <ul className="plain-list">
      {codes.map((code) => {
        const { name, description } = categoryTexts(t, code);
        return (
          <li key={code}>
            <strong>{name}</strong>
            {description && <span className="muted"> — {description}</span>}
          </li>
        );
      })}
    </ul>
  );
}

/** The names of categories in one line, for a confirmation. */
export function categoryNames(t: ReturnType<typeof useT>['t'], codes: string[]): string {
  return codes.map((code) => categoryTexts(t, code).name).join(', ');
}
