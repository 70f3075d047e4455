import { Link } from '../../app/router';
import { ErrorNotice, Loading } from '../../app/notices';
import type { Load } from '../../app/use-load';
import { useLocale, useT } from '../../i18n/locale';
import type { CategoryRules } from './access-rules-query';

/**
 * Who may read one category of the citizen's data: agencies by law (agreements in force, with
 * the provision they rest on) and agencies by the citizen's own consent.
 */
export function AccessRules({
  category,
  rules,
  headingId,
}: {
  category: string;
  rules: Load<Map<string, CategoryRules>> & { reload: () => void };
  headingId: string;
}) {
  const { t } = useT();
  const own = rules.data?.get(category);
  if (rules.data && !own) return null; // a category the exchange keeps no rules for (the business registry's)
  return (
    <section className="access-rules" aria-labelledby={headingId} data-rules={category}>
      <h3 id={headingId}>{t('record.rules.title')}</h3>
      {rules.state === 'failed' && <ErrorNotice error={rules.error} onRetry={rules.reload} />}
      {!rules.data && rules.state === 'loading' && <Loading />}
      {own && <RuleLists rules={own} headingId={headingId} />}
    </section>
  );
}

function RuleLists({ rules, headingId }: { rules: CategoryRules; headingId: string }) {
  const { t, date } = useT();
  const { locale } = useLocale();
  const purpose = (p: { textVi: string; textEn: string }) => (locale === 'en' ? p.textEn : p.textVi);
  return (
    <>
      <h4 id={`${headingId}-law`}>{t('record.rules.byLaw')}</h4>
      {rules.byLaw.length === 0 ? (
        <p className="muted">{t('record.rules.byLawNone')}</p>
      ) : (
        <ul className="rule-list" aria-labelledby={`${headingId}-law`}>
          {rules.byLaw.map((rule) => (
            <li key={`${rule.agreementNumber}-${rule.agreementVersion}`} data-agency={rule.agencyCode}>
              <strong>{rule.agencyName}</strong>
              <span className="muted">
                {' — '}
                {rule.purposes.map(purpose).join('; ')}
              </span>
              <br />
              <span data-citation>
                {t('record.rules.citation', {
                  provision: [rule.citation.clause, rule.citation.article, rule.citation.instrument]
                    .filter(Boolean)
                    .join(', '),
                  text: rule.citation.textVi,
                })}
              </span>
              <br />
              <span className="muted">
                {t('record.rules.agreement', {
                  number: rule.agreementNumber,
                  version: rule.agreementVersion,
                  from: date(rule.validFrom),
                })}
                {rule.validTo
                  ? ` ${t('record.rules.until', { to: date(rule.validTo) })}`
                  : ` ${t('record.rules.untilWithdrawn')}`}
              </span>
              {rule.sealedDisclosureDays !== null && (
                <>
                  <br />
                  <span>{t('record.rules.sealed', { days: rule.sealedDisclosureDays })}</span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <h4 id={`${headingId}-consent`}>{t('record.rules.byConsent')}</h4>
      {rules.byConsent.length === 0 ? (
        <p className="muted">{t('record.rules.byConsentNone')}</p>
      ) : (
        <ul className="rule-list" aria-labelledby={`${headingId}-consent`}>
          {rules.byConsent.map((rule) => (
            <li key={rule.consentId} data-consent-id={rule.consentId}>
              <strong>{rule.agencyName}</strong>
              <span className="muted">
                {' — '}
                {purpose(rule.purpose)}
              </span>
              <br />
              <span>
                {t(rule.status === 'PAUSED' ? 'record.rules.consentPaused' : 'record.rules.consentActive', {
                  from: date(rule.validFrom),
                  to: date(rule.validTo),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href="/consents">{t('record.rules.manageConsents')}</Link>
      </p>
    </>
  );
}
