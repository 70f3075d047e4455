import { fetchLogPage, MAX_PAGE, NO_FILTER, type Entry, type LogSubject, type LogWindow } from './tracker-api';

/**
 * The whole window, every page through the API's cursors, each entry with its proof and the
 * checkpoint it is proven against: the entries exactly as `myAccessLog(withProofs: true)` gives
 * them, which is what `npm run verify-log -- --entry <file>` reads (any object with a leafHash).
 */
export async function fetchWholeHistory(
  subject: LogSubject,
  window: LogWindow,
  onProgress: (count: number) => void = () => undefined,
): Promise<Entry[]> {
  const entries: Entry[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await fetchLogPage(subject, { window, filter: NO_FILTER, first: MAX_PAGE, after, withProofs: true });
    entries.push(...page.nodes);
    onProgress(entries.length);
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return entries;
    after = page.pageInfo.endCursor;
  }
}

/** The JSON export: what it covers, then the entries as the API gave them. */
export function historyJson(subject: LogSubject, window: LogWindow, entries: Entry[], exportedAt: Date): string {
  return `${JSON.stringify(
    {
      exportedAt: exportedAt.toISOString(),
      subject:
        subject.kind === 'me' ? { kind: 'citizen' } : { kind: 'enterprise', enterpriseCode: subject.enterpriseCode },
      from: window.from,
      to: window.to,
      entries,
    },
    null,
    2,
  )}\n`;
}

/** A file the browser saves: an object URL of a Blob, to revoke once the link is gone. */
export const fileUrl = (text: string, type: string): string => URL.createObjectURL(new Blob([text], { type }));
