import { useState } from 'react';
import { useT } from '../../../i18n/locale';
import { PAGE_SIZE } from './queue-list';

/** How many of a list to show: a page at first, a page more per "load more", back to one page when `key` changes. */
export function useShowMore(key: string): { limit: number; more: () => void } {
  const [state, setState] = useState({ key, limit: PAGE_SIZE });
  if (state.key !== key) setState({ key, limit: PAGE_SIZE });
  const limit = state.key === key ? state.limit : PAGE_SIZE;
  return { limit, more: () => setState({ key, limit: limit + PAGE_SIZE }) };
}

/** "Load more", with how many are left; nothing once all are shown. */
export function ShowMore({ shown, total, onMore }: { shown: number; total: number; onMore: () => void }) {
  const { t } = useT();
  if (shown >= total) return null;
  return (
    <p className="actions">
      <button type="button" className="button-secondary" onClick={onMore}>
        {t('queue.more', { left: total - shown })}
      </button>
    </p>
  );
}
