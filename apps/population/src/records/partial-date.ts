import { InvalidDateError } from './citizen.errors';

export interface PartialDateValue {
  year: number;
  month?: number | null;
  day?: number | null;
}

/** Refuses a day without a month, a day the month does not have, and a date after `today`. */
export function checkPartialDate(field: string, date: PartialDateValue, today: Date = new Date()): void {
  const month = date.month ?? null;
  const day = date.day ?? null;
  if (day !== null && month === null) throw new InvalidDateError(field, 'a day needs a month');
  if (month !== null && day !== null) {
    const real = new Date(Date.UTC(date.year, month - 1, day));
    if (real.getUTCMonth() !== month - 1)
      throw new InvalidDateError(field, `${date.year}-${month}-${day} is not a real date`);
  }
  // Compare the earliest day the partial date can mean with today.
  const earliest = new Date(Date.UTC(date.year, (month ?? 1) - 1, day ?? 1));
  if (earliest.getTime() > today.getTime()) throw new InvalidDateError(field, 'must not be in the future');
}
