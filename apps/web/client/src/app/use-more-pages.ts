import { useState } from 'react';
import { ApiError } from '../api/api-error';

/** A page of a keyset-paged list, as the graph answers every list: `{ nodes, pageInfo }`. */
export interface CursorPage<T> {
  nodes: T[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

/**
 * The pages of a list shown so far, from its first, and "load more": the next page after the
 * last one's cursor, appended; a failure is kept for the page to show with a retry.
 */
export function useMorePages<T>(
  firstPage: CursorPage<T>,
  loadAfter: (cursor: string | null) => Promise<CursorPage<T>>,
) {
  const [pages, setPages] = useState<CursorPage<T>[]>([firstPage]);
  const [more, setMore] = useState<{ loading: boolean; error: ApiError | null }>({ loading: false, error: null });
  const last = pages[pages.length - 1];
  const loadMore = async () => {
    setMore({ loading: true, error: null });
    try {
      const next = await loadAfter(last.pageInfo.endCursor);
      setPages((shown) => [...shown, next]);
      setMore({ loading: false, error: null });
    } catch (error) {
      setMore({ loading: false, error: error instanceof ApiError ? error : new ApiError('INTERNAL', String(error)) });
    }
  };
  return { items: pages.flatMap((page) => page.nodes), hasMore: last.pageInfo.hasNextPage, more, loadMore };
}
