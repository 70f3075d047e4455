import { defineMessages } from '../../i18n/messages';

/** Texts of the console's auditors pages. */
export const auditorsMessages = defineMessages({
  vi: {
    'auditors.section': 'Kiểm toán',
  },
  en: {
    'auditors.section': 'Audit',
  },
});
