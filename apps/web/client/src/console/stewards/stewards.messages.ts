import { defineMessages } from '../../i18n/messages';

/** Texts of the console's stewards pages. */
export const stewardsMessages = defineMessages({
  vi: {
    'stewards.section': 'Quản lý dữ liệu',
  },
  en: {
    'stewards.section': 'Data stewardship',
  },
});
