/**
 * Keyset paging in the URL: `after` is the API's cursor of the page shown, `trail` the cursors
 * of the pages before it ("~" for the first), so "previous" works without asking the server to
 * count or to page backwards, and a page can be bookmarked. Cursors are base64url: no dots.
 */
const FIRST = '~';

export interface PagePosition {
  after: string | null;
  trail: (string | null)[];
}

export function positionFrom(query: URLSearchParams): PagePosition {
  const after = query.get('after') || null;
  const trail = (query.get('trail') ?? '')
    .split('.')
    .filter(Boolean)
    .map((cursor) => (cursor === FIRST ? null : cursor));
  return { after, trail: after ? trail : [] };
}

const joined = (trail: (string | null)[]) => trail.map((cursor) => cursor ?? FIRST).join('.') || null;

/** The query values of the next page, after `endCursor`. */
export const nextPage = (position: PagePosition, endCursor: string) => ({
  after: endCursor,
  trail: joined([...position.trail, position.after]),
});

/** The query values of the page before this one. */
export function previousPage(position: PagePosition) {
  const trail = position.trail.slice(0, -1);
  return { after: position.trail[position.trail.length - 1] ?? null, trail: joined(trail) };
}

/** A new filter starts again at the newest entries. */
export const FIRST_PAGE = { after: null, trail: null };
