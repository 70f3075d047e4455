import { commonMessages } from './common.messages';
import { signInMessages } from '../pages/sign-in/sign-in.messages';
import { recordMessages } from '../pages/record/record.messages';
import { consentsMessages } from '../pages/consents/consents.messages';
import { trackerMessages } from '../pages/tracker/tracker.messages';
import { categoryMessages } from './categories.messages';
import { consoleMessages } from '../console/console.messages';
import { stewardsMessages } from '../console/stewards/stewards.messages';
import { queueMessages } from '../console/stewards/queue/queue.messages';
import { importsMessages } from '../console/imports/imports.messages';
import { adminMessages } from '../console/admin/admin.messages';
import { agenciesMessages } from '../console/admin/agencies.messages';
import { agreementsMessages } from '../console/admin/agreements.messages';
import { auditorsMessages } from '../console/auditors/auditors.messages';
import { citizensMessages } from '../console/stewards/citizens/citizens.messages';
import { enterprisesMessages } from '../console/stewards/enterprises/enterprises.messages';
import { mergeMessages } from '../console/stewards/merge/merge.messages';
import type { FeatureMessages } from './messages';

/** Every feature's texts, joined: a page adds its messages here, one line each. */
const features = [
  commonMessages,
  signInMessages,
  categoryMessages,
  recordMessages,
  consentsMessages,
  trackerMessages,
  consoleMessages,
  stewardsMessages,
  queueMessages,
  importsMessages,
  adminMessages,
  agenciesMessages,
  agreementsMessages,
  auditorsMessages,
  citizensMessages,
  enterprisesMessages,
  mergeMessages,
] as const;

type IdsOf<F> = F extends FeatureMessages<infer Id> ? Id : never;
export type MessageId = IdsOf<(typeof features)[number]>;

export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'vi';

/** The catalogue in one locale; a key defined twice is a mistake caught in development. */
export function catalogue(locale: Locale): Record<MessageId, string> {
  const joined: Record<string, string> = {};
  for (const feature of features) {
    for (const [id, text] of Object.entries(feature[locale])) {
      if (import.meta.env.DEV && id in joined) console.error(`message ${id} is defined twice`);
      joined[id] = text;
    }
  }
  return joined;
}

/** Dates and times are shown as a person in Vietnam reads them, wherever the browser is. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** The BCP 47 tag Intl formats with. */
export const INTL_LOCALE: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };
