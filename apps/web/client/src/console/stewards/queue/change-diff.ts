/**
 * A change request's `changes` (JSON as the population registry stores it) set against the
 * record as it stands now, as rows a steward reads: field, value now, value proposed. The
 * birth date is stored as three columns and shown as one date; a merge as the survivor.
 */

import { partialDateText, type PartialDate } from '../partial-date';

export { partialDateText, type PartialDate };

/** The fields of the record a change request can touch, as the registry answers them now. */
export interface CurrentRecord {
  personalIdNumber: string;
  fullName: string | null;
  familyName: string | null;
  middleName: string | null;
  givenName: string | null;
  sex: string | null;
  birthDate: PartialDate | null;
  oldIdNumber: string | null;
  vitalStatus: string | null;
  vitalStatusDate: string | null;
  version: number | null;
}

/** The fields the page names in words; any other is shown by its code. */
export const KNOWN_FIELDS = [
  'familyName',
  'middleName',
  'givenName',
  'sex',
  'birthDate',
  'oldIdNumber',
  'vitalStatus',
  'vitalStatusDate',
  'mergedInto',
] as const;
export type KnownField = (typeof KNOWN_FIELDS)[number];

export interface DiffRow {
  field: string;
  known: boolean;
  /** Whether the value now is known (the record could be read). */
  nowKnown: boolean;
  now: string | null;
  proposed: string | null;
  changed: boolean;
}

const BIRTH_PARTS = ['birthYear', 'birthMonth', 'birthDay'];
/** Kept by a merge request beside the survivor's number; not a field of the record. */
const INTERNAL = ['mergedIntoId'];

/** The JSON of `changes` as an object, or null when it is not one. */
export function parseChanges(json: string): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(json);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const asText = (value: unknown): string | null =>
  value === null || value === undefined ? null : typeof value === 'string' ? value : JSON.stringify(value);

const asNumber = (value: unknown): number | null => (typeof value === 'number' ? value : null);

/** The rows of a request, in the record's order; `current` null when the record could not be read. */
export function changeRows(changes: Record<string, unknown>, current: CurrentRecord | null): DiffRow[] {
  const rows: DiffRow[] = [];
  const row = (field: string, now: string | null, proposed: string | null, nowKnown = current !== null) =>
    rows.push({
      field,
      known: (KNOWN_FIELDS as readonly string[]).includes(field),
      nowKnown,
      now: nowKnown ? now : null,
      proposed,
      changed: !nowKnown || now !== proposed,
    });
  const has = (key: string) => Object.prototype.hasOwnProperty.call(changes, key);
  for (const field of KNOWN_FIELDS) {
    if (field === 'birthDate') {
      if (!BIRTH_PARTS.some(has)) continue;
      const now = current?.birthDate ?? null;
      const part = (key: string, fallback: number | null) => (has(key) ? asNumber(changes[key]) : fallback);
      const year = part('birthYear', now?.year ?? null);
      const proposed =
        year === null
          ? null
          : { year, month: part('birthMonth', now?.month ?? null), day: part('birthDay', now?.day ?? null) };
      row('birthDate', partialDateText(now), partialDateText(proposed));
    } else if (field === 'mergedInto') {
      // A record not yet merged leads nowhere: "now" is known to be empty.
      if (has('survivorPersonalIdNumber')) row('mergedInto', null, asText(changes.survivorPersonalIdNumber), true);
    } else if (has(field)) {
      row(field, asText(current?.[field] ?? null), asText(changes[field]));
    }
  }
  const shown = new Set<string>([...KNOWN_FIELDS, ...BIRTH_PARTS, ...INTERNAL, 'survivorPersonalIdNumber']);
  for (const key of Object.keys(changes).filter((key) => !shown.has(key))) {
    row(key, null, asText(changes[key]), false);
  }
  return rows;
}
