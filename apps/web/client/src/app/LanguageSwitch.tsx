import { LOCALES } from '../i18n/catalogue';
import { useLocale, useT } from '../i18n/locale';

/** Vietnamese / English, in the header of the portal and of the console. */
export function LanguageSwitch() {
  const { t } = useT();
  const { locale, setLocale } = useLocale();
  return (
    <div role="group" aria-label={t('language.label')} className="language-switch">
      {LOCALES.map((code) => (
        <button key={code} type="button" lang={code} aria-pressed={locale === code} onClick={() => setLocale(code)}>
          {t(`language.${code}`)}
        </button>
      ))}
    </div>
  );
}
