import { defineMessages } from '../../i18n/messages';

/** Texts of the console's imports pages. */
export const importsMessages = defineMessages({
  vi: {
    'imports.section': 'Nhập dữ liệu hàng loạt',
  },
  en: {
    'imports.section': 'Bulk import',
  },
});
