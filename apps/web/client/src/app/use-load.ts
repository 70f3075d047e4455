import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/api-error';

export type Load<T> =
  { state: 'loading'; data?: T } | { state: 'ready'; data: T } | { state: 'failed'; error: ApiError; data?: T };

/**
 * Runs `load` when `key` changes and keeps its state: loading (with the previous data, so a
 * page does not jump while the next page of a list arrives), ready, or failed with an ApiError.
 * An answer that arrives after a newer request started is dropped.
 */
export function useLoad<T>(load: () => Promise<T>, key: string): Load<T> & { reload: () => void } {
  const [result, setResult] = useState<Load<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  useEffect(() => {
    const run = ++latest.current;
    setResult((previous) => ({ state: 'loading', data: previous.data }));
    loadRef.current().then(
      (data) => run === latest.current && setResult({ state: 'ready', data }),
      (error: unknown) =>
        run === latest.current &&
        setResult((previous) => ({
          state: 'failed',
          data: previous.data,
          error: error instanceof ApiError ? error : new ApiError('INTERNAL', String(error)),
        })),
    );
  }, [key, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...result, reload };
}
