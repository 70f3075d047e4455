/**
 * "New since my last visit": the time this browser last showed the citizen a subject's log.
 * Only a timestamp is kept (never a token or any entry), per subject, in localStorage; a browser
 * that refuses storage simply marks nothing as new.
 */
const KEY = 'sochung.tracker.lastVisit.';

export function readLastVisit(subjectKey: string): string | null {
  try {
    const value = window.localStorage.getItem(KEY + subjectKey);
    return value && !Number.isNaN(Date.parse(value)) ? value : null;
  } catch {
    return null;
  }
}

export function recordVisit(subjectKey: string, at: Date): void {
  try {
    window.localStorage.setItem(KEY + subjectKey, at.toISOString());
  } catch {
    // not kept: the next visit marks nothing as new
  }
}

/** An entry is new when it was recorded after the previous visit began. */
export const isNewSince = (time: string, lastVisit: string | null): boolean =>
  lastVisit !== null && Date.parse(time) > Date.parse(lastVisit);
