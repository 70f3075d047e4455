import type { LogWindow } from './tracker-api';

/**
 * The period filter as the citizen gives it: two calendar days in Vietnam (YYYY-MM-DD), both
 * included. Vietnam keeps +07:00 all year (no summer time), so a day there is a fixed instant
 * range and no time-zone library is needed.
 */
const VIETNAM_OFFSET = '+07:00';
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** How far back the timeline looks when no period is chosen. */
export const DEFAULT_DAYS = 365;

/** Today's date in Vietnam, YYYY-MM-DD. */
export function todayInVietnam(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export const isDay = (value: string | null): value is string =>
  value !== null && DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

export interface Period {
  fromDay: string;
  toDay: string;
}

/** The period in the URL, or the last year up to today; a reversed one is put the right way round. */
export function periodFrom(query: URLSearchParams, now = new Date()): Period {
  const today = todayInVietnam(now);
  const toDay = isDay(query.get('to')) ? query.get('to')! : today;
  const fromDay = isDay(query.get('from')) ? query.get('from')! : addDays(toDay, -DEFAULT_DAYS);
  return fromDay <= toDay ? { fromDay, toDay } : { fromDay: toDay, toDay: fromDay };
}

/** The instants the API is asked for: from the first day's midnight to the midnight after the last. */
export function windowOf(period: Period): LogWindow {
  return {
    from: new Date(`${period.fromDay}T00:00:00${VIETNAM_OFFSET}`).toISOString(),
    to: new Date(`${addDays(period.toDay, 1)}T00:00:00${VIETNAM_OFFSET}`).toISOString(),
  };
}
