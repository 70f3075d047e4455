/** The queue's lists, sorted and filtered in the browser: the API returns one page of at most 200. */

/** The API's limit on `first` for the queue's lists; it has no cursor beyond it, its counts say how many wait. */
export const API_LIMIT = 200;

/** Items shown at first and added by each "load more". */
export const PAGE_SIZE = 10;

export const CHANGE_KINDS = ['identity', 'vital_status', 'merge'] as const;

export type Who = 'all' | 'mine' | 'others';
export const WHO = ['all', 'mine', 'others'] as const satisfies readonly Who[];

export interface RequestFilter {
  kind: string | null;
  who: Who;
}

/** The four-eyes rule compares steward ids without regard to case (libs/auth four-eyes.ts). */
export const isSameSteward = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** Oldest first by the given time, ties kept in the server's order. */
export function oldestFirst<T>(items: readonly T[], time: (item: T) => string): T[] {
  return items
    .map((item, index) => ({ item, index, at: Date.parse(time(item)) }))
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .map(({ item }) => item);
}

export function filterRequests<T extends { kind: string; requestedBy: string; requestedAt: string }>(
  requests: readonly T[],
  filter: RequestFilter,
  stewardId: string,
): T[] {
  return oldestFirst(
    requests.filter(
      (request) =>
        (filter.kind === null || request.kind === filter.kind) &&
        (filter.who === 'all' || isSameSteward(request.requestedBy, stewardId) === (filter.who === 'mine')),
    ),
    (request) => request.requestedAt,
  );
}

/** The filter from the URL's query; anything unknown is "all". */
export function requestFilterFrom(query: URLSearchParams): RequestFilter {
  const kind = query.get('kind');
  const who = query.get('who');
  return {
    kind: kind && (CHANGE_KINDS as readonly string[]).includes(kind) ? kind : null,
    who: (WHO as readonly string[]).includes(who ?? '') ? (who as Who) : 'all',
  };
}

/** The distinct values of a list, sorted, e.g. the kinds of findings present to filter by. */
export const distinct = (values: readonly string[]): string[] => [...new Set(values)].sort();
