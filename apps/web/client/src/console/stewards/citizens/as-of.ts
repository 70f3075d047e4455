// Vietnam keeps +07:00 all year (no daylight saving), so a wall-clock time there maps to one instant.
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/**
 * A `datetime-local` value ("2026-12-03T15:04" or with seconds), read as Vietnam's wall clock,
 * as the ISO instant the API's asOf takes; null when it is not such a value.
 */
export function asOfInstant(local: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/.exec(local);
  if (!match) return null;
  const [year, month, day, hour, minute, second = '0', ms = '0'] = match.slice(1);
  const utc = Date.UTC(+year, +month - 1, +day, +hour, +minute, +second, +ms.padEnd(3, '0')) - VIETNAM_OFFSET_MS;
  const instant = new Date(utc);
  // 2026-02-30T10:00 rolls over to March in Date.UTC: not a time anyone meant.
  const back = new Date(utc + VIETNAM_OFFSET_MS);
  if (back.getUTCMonth() !== +month - 1 || back.getUTCDate() !== +day) return null;
  return instant.toISOString();
}

/** An instant as the `datetime-local` value of Vietnam's wall clock, to the second. */
export function vietnamLocal(iso: string): string {
  return new Date(new Date(iso).getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 19);
}
