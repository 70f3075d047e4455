import type { DataSource } from 'typeorm';
import { personalIdFindings, type Sex } from '@app/identifiers';
import type { BatchResult, LoadNote } from '@app/bulk-import';
import type { NewCitizen } from './citizen-row';

// One array parameter per column: the statement's size does not grow with the batch, and
// PostgreSQL's 65,535-parameter limit never applies.
const INSERT_CITIZENS = `
  INSERT INTO population.citizens
    (personal_id_number, family_name, middle_name, given_name, search_name, sex, birth_year, birth_month, birth_day,
     place_of_birth, ethnicity_code, nationality, permanent_province_code, permanent_address, phone, email, version)
  SELECT t.personal_id_number, t.family_name, t.middle_name, t.given_name, t.search_name, t.sex,
         t.birth_year, t.birth_month, t.birth_day, t.place_of_birth, t.ethnicity_code, 'VN',
         t.permanent_province_code, t.permanent_address, t.phone, t.email, 1
  FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
              $7::smallint[], $8::smallint[], $9::smallint[], $10::text[], $11::text[],
              $12::text[], $13::text[], $14::text[], $15::text[])
    AS t(personal_id_number, family_name, middle_name, given_name, search_name, sex,
         birth_year, birth_month, birth_day, place_of_birth, ethnicity_code,
         permanent_province_code, permanent_address, phone, email)
  ON CONFLICT (personal_id_number) DO NOTHING
  RETURNING id`;

// The same snapshot recordCitizenVersion takes (to_jsonb of the stored row), for the whole batch.
const INSERT_VERSIONS = `
  INSERT INTO population.citizen_versions (citizen_id, version, snapshot, change_kind, reason, changed_by)
  SELECT c.id, c.version, to_jsonb(c), 'register', $2, $3
  FROM population.citizens c WHERE c.id = ANY($1::uuid[])`;

// What registerCitizen opens for a number that contradicts the record, for the new rows only.
const INSERT_FINDINGS = `
  INSERT INTO population.data_quality_findings (citizen_id, kind, message, opened_by)
  SELECT c.id, f.kind, f.message, 'system'
  FROM unnest($1::text[], $2::text[], $3::text[]) AS f(personal_id_number, kind, message)
  JOIN population.citizens c ON c.personal_id_number = f.personal_id_number
  WHERE c.id = ANY($4::uuid[])`;

/**
 * Registers a batch of citizens in one transaction: one statement for the records, one for
 * their first versions, one for the data-quality findings of numbers that contradict them. A personal ID number already registered is skipped, not changed, so
 * loading the same rows again changes nothing.
 */
export async function loadCitizenBatch(
  dataSource: DataSource,
  citizens: readonly NewCitizen[],
  note: LoadNote,
): Promise<BatchResult> {
  if (citizens.length === 0) return { loaded: 0, alreadyRegistered: 0 };
  const column = <K extends keyof NewCitizen>(key: K) => citizens.map((citizen) => citizen[key]);
  return dataSource.transaction(async (manager) => {
    const inserted = await manager.query<{ id: string }[]>(INSERT_CITIZENS, [
      column('personalIdNumber'),
      column('familyName'),
      column('middleName'),
      column('givenName'),
      column('searchName'),
      column('sex'),
      column('birthYear'),
      column('birthMonth'),
      column('birthDay'),
      column('placeOfBirth'),
      column('ethnicityCode'),
      column('permanentProvinceCode'),
      column('permanentAddress'),
      column('phone'),
      column('email'),
    ]);
    if (inserted.length > 0) {
      const ids = inserted.map((row) => row.id);
      await manager.query(INSERT_VERSIONS, [ids, note.reason, note.changedBy]);
      const findings = citizens.flatMap((citizen) =>
        personalIdFindings(citizen.personalIdNumber, { birthYear: citizen.birthYear, sex: citizen.sex as Sex }).map(
          (finding) => ({ personalIdNumber: citizen.personalIdNumber, ...finding }),
        ),
      );
      if (findings.length > 0) {
        await manager.query(INSERT_FINDINGS, [
          findings.map((f) => f.personalIdNumber),
          findings.map((f) => f.kind),
          findings.map((f) => f.message),
          ids,
        ]);
      }
    }
    return { loaded: inserted.length, alreadyRegistered: citizens.length - inserted.length };
  });
}
