import { addDays, isDay, todayInVietnam } from '../../../pages/tracker/period';

/** The report's filter as the URL holds it: days in Vietnam, both included. */
export interface ReportFilter {
  agencyCode: string | null;
  purpose: string | null;
  fromDay: string;
  toDay: string;
}

/** How far back the report looks when no period is chosen. */
export const DEFAULT_REPORT_DAYS = 30;
/** The longest period the API counts per day (accessLogReport.byDay). */
export const MAX_CHART_DAYS = 366;

/** The API's agency code rule (AGENCY_CODE_PATTERN): capitals, digits, dashes. */
const AGENCY_CODE = /^[A-Z0-9]+(-[A-Z0-9]+)*$/;
const PURPOSE = /^[A-Z0-9_]{1,64}$/;

export function reportFilterFrom(query: URLSearchParams, now = new Date()): ReportFilter {
  const today = todayInVietnam(now);
  const toDay = isDay(query.get('to')) ? query.get('to')! : today;
  const fromDay = isDay(query.get('from')) ? query.get('from')! : addDays(toDay, -(DEFAULT_REPORT_DAYS - 1));
  const agency = query.get('agency');
  const purpose = query.get('purpose');
  return {
    agencyCode: agency && AGENCY_CODE.test(agency) ? agency : null,
    purpose: purpose && PURPOSE.test(purpose) ? purpose : null,
    ...(fromDay <= toDay ? { fromDay, toDay } : { fromDay: toDay, toDay: fromDay }),
  };
}

/** The filter as query values, for links (drill-down) and the form. */
export const reportQueryOf = (filter: ReportFilter): Record<string, string> => ({
  ...(filter.agencyCode ? { agency: filter.agencyCode } : {}),
  ...(filter.purpose ? { purpose: filter.purpose } : {}),
  from: filter.fromDay,
  to: filter.toDay,
});

/** The API's window: the first day's midnight in Vietnam (inclusive) to the one after the last day (exclusive). */
export function windowOfDays(fromDay: string, toDay: string): { from: string; to: string } {
  return {
    from: new Date(`${fromDay}T00:00:00+07:00`).toISOString(),
    to: new Date(`${addDays(toDay, 1)}T00:00:00+07:00`).toISOString(),
  };
}

/** Every day of the period, oldest first. */
export function daysOf(fromDay: string, toDay: string): string[] {
  const days: string[] = [];
  for (let day = fromDay; day <= toDay && days.length <= MAX_CHART_DAYS; day = addDays(day, 1)) days.push(day);
  return days;
}

export const dayCount = (fromDay: string, toDay: string): number =>
  Math.round((Date.parse(`${toDay}T00:00:00Z`) - Date.parse(`${fromDay}T00:00:00Z`)) / 86_400_000) + 1;

export interface DayReads {
  day: string;
  released: number;
  refused: number;
}

/** The API leaves days without records out; the chart shows them as zero. */
export function everyDay(fromDay: string, toDay: string, counted: DayReads[]): DayReads[] {
  const byDay = new Map(counted.map((count) => [count.day, count]));
  return daysOf(fromDay, toDay).map((day) => byDay.get(day) ?? { day, released: 0, refused: 0 });
}
