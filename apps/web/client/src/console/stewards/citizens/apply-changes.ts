import type { CitizenRecord } from './citizen-api';
import type { Changes } from './correction-form';
import { ETHNIC_GROUPS } from './reference-codes';

/**
 * The record as it would read with `changes` applied: "my change" in the conflict view, shown
 * through the same field list as the versions beside it.
 */
export function applyChanges(record: CitizenRecord, { identity, details, vital }: Changes): CitizenRecord {
  const next: CitizenRecord = { ...record };
  if (vital) Object.assign(next, { vitalStatus: vital.vitalStatus, vitalStatusDate: vital.date });
  if (identity.familyName !== undefined) next.familyName = identity.familyName;
  if (identity.middleName !== undefined) next.middleName = identity.middleName;
  if (identity.givenName !== undefined) next.givenName = identity.givenName;
  if (identity.sex !== undefined) next.sex = identity.sex;
  if (identity.oldIdNumber !== undefined) next.oldIdNumber = identity.oldIdNumber;
  if (identity.birthDate !== undefined) next.birthDate = { ...identity.birthDate };
  const { ethnicityCode, nationality, ...rest } = details;
  if (ethnicityCode !== undefined) {
    const group = ETHNIC_GROUPS.find((candidate) => candidate.code === ethnicityCode);
    next.ethnicity = ethnicityCode === null ? null : { code: ethnicityCode, name: group?.name ?? ethnicityCode };
  }
  // The subgraph stores a cleared nationality as VN (detailColumns in citizen-stewardship.service.ts).
  if (nationality !== undefined) next.nationality = nationality ?? 'VN';
  for (const [key, value] of Object.entries(rest)) (next as unknown as Record<string, unknown>)[key] = value;
  return next;
}

/** The record fields a set of changes touches, by the record's own keys. */
export function changedFieldKeys({ identity, details, vital }: Changes): string[] {
  return [
    ...Object.keys(identity),
    ...Object.keys(details).map((key) => (key === 'ethnicityCode' ? 'ethnicity' : key)),
    ...(vital ? ['vitalStatus', 'vitalStatusDate'] : []),
  ];
}
