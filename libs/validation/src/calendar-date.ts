import { InvalidInputError } from '@app/errors';

/**
 * Refuses a YYYY-MM-DD string that names no real day (2025-02-29) or, unless allowed, a day
 * after today (UTC), with INVALID_DATE naming the field.
 */
export function checkCalendarDate(field: string, value: string, today: Date = new Date()): void {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== value)
    throw new InvalidInputError(field, `${value} is not a real date`, 'INVALID_DATE');
  if (date.getTime() > today.getTime()) throw new InvalidInputError(field, 'must not be in the future', 'INVALID_DATE');
}
