import type { CitizenRecord } from './citizen-api';
import { RECORD_FIELDS, type CodeWords, type FieldGroup } from './record-fields';

export interface DiffRow {
  key: string;
  group: FieldGroup;
  before: string | null;
  after: string | null;
  changed: boolean;
}

/** Fields every version changes by being a version: not a difference a steward made. */
const BOOKKEEPING = new Set(['version', 'updatedAt']);

/**
 * Two versions of a record side by side, field by field in the record's order: every field
 * either version holds, each marked changed or not (bookkeeping fields left out). Either
 * version may be the older one: "before" is simply `from`.
 */
export function diffRecords(
  from: CitizenRecord,
  to: CitizenRecord,
  words: CodeWords = (_kind, code) => code,
  { onlyChanged = false }: { onlyChanged?: boolean } = {},
): DiffRow[] {
  return RECORD_FIELDS.filter((field) => !BOOKKEEPING.has(field.key))
    .map((field) => {
      const before = field.value(from, words);
      const after = field.value(to, words);
      return { key: field.key, group: field.group, before, after, changed: before !== after };
    })
    .filter((row) => (onlyChanged ? row.changed : row.before !== null || row.after !== null));
}

/** The keys of the fields that differ between two versions. */
export function changedKeys(from: CitizenRecord, to: CitizenRecord): string[] {
  return diffRecords(from, to, undefined, { onlyChanged: true }).map((row) => row.key);
}
