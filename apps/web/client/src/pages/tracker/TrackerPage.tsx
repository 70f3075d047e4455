import { useT } from '../../i18n/locale';

/** To be built (issue 11): the page's heading only, so the frame and navigation can be tried. */
export function TrackerPage() {
  const { t } = useT();
  return <h1>{t('nav.tracker')}</h1>;
}
