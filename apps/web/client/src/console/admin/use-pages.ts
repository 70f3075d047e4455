import { useState } from 'react';
import { useLoad, type Load } from '../../app/use-load';

export interface Page<T> {
  nodes: T[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  totalCount: number;
}

/**
 * A list read a page at a time with the API's `first`/`after`: "load more" keeps the pages
 * shown and appends the next one. A new `key` (another filter) starts again at the first page.
 */
export function usePages<T>(fetchPage: (after: string | null) => Promise<Page<T>>, key: string) {
  const [position, setPosition] = useState<{ key: string; earlier: T[]; after: string | null }>({
    key,
    earlier: [],
    after: null,
  });
  const current = position.key === key ? position : { key, earlier: [], after: null };
  if (current !== position) setPosition(current);
  const page: Load<Page<T>> & { reload: () => void } = useLoad(
    () => fetchPage(current.after),
    JSON.stringify([key, current.after]),
  );
  const ready = page.state === 'ready' ? page.data : null;
  const nodes = ready ? [...current.earlier, ...ready.nodes] : current.earlier;
  const loadMore =
    ready?.pageInfo.hasNextPage && ready.pageInfo.endCursor
      ? () => setPosition({ key, earlier: nodes, after: ready.pageInfo.endCursor })
      : null;
  return { page, nodes, totalCount: page.data?.totalCount ?? null, loadMore };
}
