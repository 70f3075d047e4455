import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import { catalogue, DEFAULT_LOCALE, INTL_LOCALE, LOCALES, TIME_ZONE, type Locale, type MessageId } from './catalogue';

const STORAGE_KEY = 'sochung.locale';

interface LocaleState {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

const LocaleContext = createContext<LocaleState>({ locale: DEFAULT_LOCALE, setLocale: () => undefined });

function storedLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return (LOCALES as readonly string[]).includes(stored ?? '') ? (stored as Locale) : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE; // storage refused (private mode): Vietnamese, as for everyone
  }
}

/** Vietnamese unless the citizen chose English on this browser; the choice is kept there. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(storedLocale);
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // not kept across visits; the page still switches
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const messages = useMemo(() => catalogue(locale), [locale]);
  const state = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return (
    <LocaleContext.Provider value={state}>
      <IntlProvider locale={INTL_LOCALE[locale]} messages={messages} timeZone={TIME_ZONE} defaultLocale="vi-VN">
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}

export const useLocale = () => useContext(LocaleContext);

type Values = Record<string, string | number | Date>;

/**
 * The texts and formats of the current locale: `t(id, values)` for a catalogue text (the id is
 * checked at compile time), `dateTime` and `date` in Vietnam's time zone.
 */
export function useT() {
  const intl = useIntl();
  return useMemo(
    () => ({
      t: (id: MessageId, values?: Values) => intl.formatMessage({ id }, values),
      dateTime: (value: string | Date) =>
        intl.formatDate(value, { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE }),
      date: (value: string | Date) => intl.formatDate(value, { dateStyle: 'medium', timeZone: TIME_ZONE }),
      number: (value: number) => intl.formatNumber(value),
    }),
    [intl],
  );
}
