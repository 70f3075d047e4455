import { dayText, partialDateText } from '../partial-date';
import type { CitizenRecord } from './citizen-api';

export { partialDateText };

/** The groups a steward reads a record in, in order. */
export const FIELD_GROUPS = [
  'identity',
  'documents',
  'residence',
  'family',
  'contact',
  'health',
  'vital',
  'record',
] as const;
export type FieldGroup = (typeof FIELD_GROUPS)[number];

/** Codes a value holds that the page puts in words (sex, marital and vital status, family relations). */
export type CodeWords = (kind: 'sex' | 'marital' | 'vital' | 'relation', code: string) => string;

const asIs: CodeWords = (_kind, code) => code;

export interface RecordField {
  key: string;
  group: FieldGroup;
  /** The value as one text (dates dd/mm/yyyy as Vietnamese papers write them, codes through `words`), or null when nothing is held. */
  value: (record: CitizenRecord, words: CodeWords) => string | null;
}

const text = (key: keyof CitizenRecord, group: FieldGroup): RecordField => ({
  key,
  group,
  value: (record) => {
    const held = record[key];
    return typeof held === 'string' && held !== '' ? held : null;
  },
});

const residence = (key: 'permanentResidence' | 'temporaryResidence' | 'currentResidence'): RecordField => ({
  key,
  group: 'residence',
  value: (record) => {
    const held = record[key];
    if (!held || (!held.address && !held.provinceCode)) return null;
    return [held.provinceCode && `[${held.provinceCode}]`, held.address].filter(Boolean).join(' ');
  },
});

/**
 * Every field of a record, grouped: the record page, the version diff and the conflict view
 * all read a record through this one list, so they show the same thing the same way.
 */
export const RECORD_FIELDS: readonly RecordField[] = [
  text('familyName', 'identity'),
  text('middleName', 'identity'),
  text('givenName', 'identity'),
  { key: 'otherNames', group: 'identity', value: (r) => (r.otherNames?.length ? r.otherNames.join('; ') : null) },
  { key: 'sex', group: 'identity', value: (r, words) => r.sex && words('sex', r.sex) },
  { key: 'birthDate', group: 'identity', value: (r) => partialDateText(r.birthDate) },
  text('placeOfBirth', 'identity'),
  text('birthRegistrationPlace', 'identity'),
  text('placeOfOrigin', 'identity'),
  { key: 'ethnicity', group: 'identity', value: (r) => r.ethnicity && `${r.ethnicity.name} (${r.ethnicity.code})` },
  text('religion', 'identity'),
  text('nationality', 'identity'),
  {
    key: 'identityCard',
    group: 'documents',
    value: (r) => {
      const card = r.identityCard;
      if (!card || (!card.issueDate && !card.issuePlace && !card.expiryDate)) return null;
      return [
        card.issueDate && dayText(card.issueDate),
        card.issuePlace,
        card.expiryDate ? `→ ${dayText(card.expiryDate)}` : null,
      ]
        .filter(Boolean)
        .join(' · ');
    },
  },
  text('oldIdNumber', 'documents'),
  residence('permanentResidence'),
  residence('temporaryResidence'),
  residence('currentResidence'),
  {
    key: 'household',
    group: 'residence',
    value: (r) =>
      r.household && (r.household.number || r.household.relationshipToHead)
        ? [r.household.number, r.household.relationshipToHead].filter(Boolean).join(' · ')
        : null,
  },
  { key: 'maritalStatus', group: 'family', value: (r, words) => r.maritalStatus && words('marital', r.maritalStatus) },
  {
    key: 'familyLinks',
    group: 'family',
    value: (r, words) =>
      r.familyLinks?.length
        ? r.familyLinks
            .map((link) => {
              const who = [link.name, link.personalIdNumber].filter(Boolean).join(' ');
              const abroad = link.nationality && link.nationality !== 'VN' ? ` (${link.nationality})` : '';
              return `${words('relation', link.relation)}: ${who}${abroad}`;
            })
            .join('; ')
        : null,
  },
  text('phone', 'contact'),
  text('email', 'contact'),
  text('bloodGroup', 'health'),
  { key: 'vitalStatus', group: 'vital', value: (r, words) => r.vitalStatus && words('vital', r.vitalStatus) },
  { key: 'vitalStatusDate', group: 'vital', value: (r) => (r.vitalStatusDate ? dayText(r.vitalStatusDate) : null) },
  { key: 'version', group: 'record', value: (r) => (r.version === null ? null : String(r.version)) },
  text('updatedAt', 'record'),
  text('mergedFrom', 'record'),
];

/** The value of one field of a record, by its key; codes left as codes unless `words` is given. */
export function fieldValue(record: CitizenRecord, key: string, words: CodeWords = asIs): string | null {
  const field = RECORD_FIELDS.find((candidate) => candidate.key === key);
  return field ? field.value(record, words) : null;
}
