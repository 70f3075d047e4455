/** A date the registry knows to the year, the month or the day. */
export interface PartialDate {
  year: number;
  month: number | null;
  day: number | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** dd/mm/yyyy, mm/yyyy or yyyy, as Vietnamese papers write it: as much of the date as the registry knows. */
export function partialDateText(date: PartialDate | null): string | null {
  if (!date) return null;
  if (date.month === null) return String(date.year);
  if (date.day === null) return `${pad(date.month)}/${date.year}`;
  return `${pad(date.day)}/${pad(date.month)}/${date.year}`;
}

/** A whole day as the API writes it (YYYY-MM-DD) in the same Vietnamese order; other text as it is. */
export function dayText(iso: string): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return day ? `${day[3]}/${day[2]}/${day[1]}` : iso;
}
