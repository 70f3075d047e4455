import { defineMessages } from '../../i18n/messages';

/** Texts of the console's admin pages. */
export const adminMessages = defineMessages({
  vi: {
    'admin.section': 'Quản trị trao đổi dữ liệu',
  },
  en: {
    'admin.section': 'Exchange administration',
  },
});
