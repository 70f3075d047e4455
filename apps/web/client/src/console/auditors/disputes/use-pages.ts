import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../api/api-error';

interface Connection<T> {
  nodes: T[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

export interface Pages<T> {
  nodes: T[];
  hasNextPage: boolean;
  loading: boolean;
  error: ApiError | null;
  /** "Load more": the next page after the last one's endCursor. */
  more: () => void;
  /** From the first page again (after a retry, or a change elsewhere). */
  reload: () => void;
}

/**
 * A keyset-paged list that grows by "load more": the API's `first`/`after`, pages appended in
 * order. A new `key` (another filter) starts again; an answer for an older key is dropped.
 */
export function usePages<T>(load: (after: string | null) => Promise<Connection<T>>, key: string): Pages<T> {
  const [state, setState] = useState<{ nodes: T[]; end: string | null; hasNextPage: boolean }>({
    nodes: [],
    end: null,
    hasNextPage: false,
  });
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const run = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const fetchPage = useCallback((after: string | null, append: boolean) => {
    const current = ++run.current;
    setLoading(true);
    setError(null);
    loadRef.current(after).then(
      (page) => {
        if (current !== run.current) return;
        setState((previous) => ({
          nodes: append ? [...previous.nodes, ...page.nodes] : page.nodes,
          end: page.pageInfo.endCursor,
          hasNextPage: page.pageInfo.hasNextPage,
        }));
        setLoading(false);
      },
      (caught: unknown) => {
        if (current !== run.current) return;
        setError(caught instanceof ApiError ? caught : new ApiError('INTERNAL', String(caught)));
        setLoading(false);
      },
    );
  }, []);

  useEffect(() => {
    setState({ nodes: [], end: null, hasNextPage: false });
    fetchPage(null, false);
  }, [key, attempt, fetchPage]);

  return {
    nodes: state.nodes,
    hasNextPage: state.hasNextPage,
    loading,
    error,
    more: () => state.end && fetchPage(state.end, true),
    reload: () => setAttempt((n) => n + 1),
  };
}
