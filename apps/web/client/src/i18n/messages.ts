/**
 * One feature's texts: Vietnamese first (the source, and the key list), English second. Each
 * feature keeps its texts in a messages.ts beside its page; i18n/catalogue.ts joins them into
 * the one catalogue the app reads. Placeholders are ICU MessageFormat ({name}, plurals).
 */
export interface FeatureMessages<Id extends string> {
  vi: Record<Id, string>;
  en: Record<Id, string>;
}

/** Declares a feature's texts; the type makes a missing English text a compile error. */
export function defineMessages<Id extends string>(messages: FeatureMessages<Id>): FeatureMessages<Id> {
  return messages;
}
