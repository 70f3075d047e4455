import type { ReactNode } from 'react';
import { categoryTexts } from '../../app/data-categories';
import type { MessageId } from '../../i18n/catalogue';
import { useLocale, useT } from '../../i18n/locale';
import { diffTerms, type AgreementTerms, type TermDiff, type TermName } from './agreement-diff';
import type { Purpose } from './agreements-api';

const EFFECT_CLASS: Record<TermDiff['effect'], string> = {
  same: 'badge-muted',
  widens: 'effect-widens',
  narrows: 'effect-narrows',
  both: 'effect-widens',
  replaced: 'effect-widens',
  new: 'effect-widens',
};

/**
 * The terms in force and the proposed ones side by side, one row per term, with what the change
 * does: widens (the agency may read more), narrows, or both, and for categories and purposes
 * each one added or removed. Said in words and marks, not by colour alone.
 */
export function TermsComparison({
  caption,
  beforeLabel,
  afterLabel,
  before,
  after,
  purposes,
}: {
  caption: string;
  beforeLabel: string;
  afterLabel: string;
  before: AgreementTerms | null;
  after: AgreementTerms;
  purposes: Purpose[];
}) {
  const { t } = useT();
  const show = useTermText(purposes);
  const diffs = diffTerms(before, after);
  return (
    <div className="table-scroll">
      <table className="terms-comparison">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.terms.term')}</th>
            <th scope="col">{beforeLabel}</th>
            <th scope="col">{afterLabel}</th>
            <th scope="col">{t('admin.terms.difference')}</th>
          </tr>
        </thead>
        <tbody>
          {diffs.map((diff) => (
            <tr key={diff.term} data-term={diff.term} data-effect={diff.effect} className={`term-${diff.effect}`}>
              <th scope="row">{t(`admin.term.${diff.term}` as MessageId)}</th>
              <td>
                {before ? show(diff.term, before) : <span className="muted">{t('admin.terms.noneInForce')}</span>}
              </td>
              <td>{show(diff.term, after)}</td>
              <td>
                <span className={`badge admin-badge ${EFFECT_CLASS[diff.effect]}`}>
                  {t(`admin.effect.${diff.effect}` as MessageId)}
                </span>
                {diff.effect !== 'new' && (diff.added.length > 0 || diff.removed.length > 0) && (
                  <ul className="plain-list term-changes">
                    {diff.added.map((item) => (
                      <li key={`+${item}`} className="term-added">
                        {t('admin.terms.added', { item: show.item(diff.term, item) })}
                      </li>
                    ))}
                    {diff.removed.map((item) => (
                      <li key={`-${item}`} className="term-removed">
                        {t('admin.terms.removed', { item: show.item(diff.term, item) })}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Each term of a version in words: names of categories and purposes, dates in Vietnam, "no limit". */
function useTermText(purposes: Purpose[]) {
  const { t, date, number } = useT();
  const { locale } = useLocale();
  const purposeText = (code: string) => {
    const purpose = purposes.find((candidate) => candidate.code === code);
    return purpose ? `${locale === 'vi' ? purpose.textVi : purpose.textEn} (${code})` : code;
  };
  const item = (term: TermName, code: string) =>
    term === 'categories' ? categoryTexts(t, code).name : term === 'purposes' ? purposeText(code) : code;
  const list = (term: TermName, codes: string[]) => (
    <ul className="plain-list">
      {codes.map((code) => (
        <li key={code}>{item(term, code)}</li>
      ))}
    </ul>
  );
  const limit = (value: number | null) => (value === null ? t('admin.terms.noLimit') : number(value));
  const show = (term: TermName, terms: AgreementTerms): ReactNode => {
    switch (term) {
      case 'categories':
        return list(term, terms.categories);
      case 'purposes':
        return list(term, terms.purposes);
      case 'validity':
        return terms.validTo
          ? t('admin.agreement.window', { from: date(terms.validFrom), to: date(terms.validTo) })
          : t('admin.agreement.windowOpen', { from: date(terms.validFrom) });
      case 'requestsPerMinute':
      case 'recordsPerDay':
        return limit(terms[term]);
      case 'sealedDisclosureDays':
        return terms.sealedDisclosureDays === null
          ? t('admin.terms.notSealed')
          : t('admin.terms.sealedDays', { days: terms.sealedDisclosureDays });
      case 'legalBasis':
        return (
          <>
            <p>
              {[terms.legalBasis.instrument, terms.legalBasis.article, terms.legalBasis.clause]
                .filter(Boolean)
                .join(', ')}
            </p>
            <p className="muted">{terms.legalBasis.textVi}</p>
          </>
        );
    }
  };
  return Object.assign(show, { item });
}
