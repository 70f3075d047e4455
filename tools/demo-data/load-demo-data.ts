import type { DataSource } from 'typeorm';
import { searchKey } from '@app/identifiers';
import { recordCitizenVersion } from '../../apps/population/src/citizens/citizen-snapshot';
import { DEMO_AGENCIES, DEMO_CITIZENS, DEMO_ENTERPRISES } from './demo-records';

/**
 * Loads the demo records in one transaction. Idempotent: every insert skips a record that
 * already exists by its natural key, so a restart never duplicates anything and never
 * overwrites what a user changed. Returns how many rows were new.
 */
export async function loadDemoData(dataSource: DataSource): Promise<number> {
  return dataSource.transaction(async (manager) => {
    let inserted = 0;
    const run = async (sql: string, parameters: unknown[]) => {
      // INSERT … RETURNING answers with the rows it inserted: none when the record existed.
      const rows = await manager.query<unknown[]>(sql, parameters);
      inserted += rows.length;
    };
    for (const c of DEMO_CITIZENS) {
      const rows = await manager.query<{ id: string }[]>(
        `INSERT INTO population.citizens
           (personal_id_number, family_name, middle_name, given_name, search_name, sex, birth_year, birth_month, birth_day,
            ethnicity_code, nationality, permanent_province_code, permanent_address, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'VN', $11, $12, 1)
         ON CONFLICT (personal_id_number) DO NOTHING RETURNING id`,
        [
          c.personalIdNumber,
          c.familyName,
          c.middleName,
          c.givenName,
          searchKey(`${c.familyName} ${c.middleName} ${c.givenName}`),
          c.sex,
          c.birthDate.year,
          c.birthDate.month,
          c.birthDate.day,
          c.ethnicityCode,
          c.permanentResidence.provinceCode,
          c.permanentResidence.address,
        ],
      );
      inserted += rows.length;
      for (const { id } of rows) {
        await recordCitizenVersion(manager, id, { kind: 'register', reason: 'demo data', changedBy: 'demo-data' });
      }
    }
    for (const e of DEMO_ENTERPRISES) {
      await run(
        `INSERT INTO business.enterprises (enterprise_code, name, status, version)
         VALUES ($1, $2, $3, 1) ON CONFLICT (enterprise_code) DO NOTHING RETURNING id`,
        [e.enterpriseCode, e.name, e.status],
      );
      for (const r of e.representatives) {
        await run(
          `INSERT INTO business.legal_representatives (enterprise_id, personal_id_number, title)
           SELECT id, $2, $3 FROM business.enterprises WHERE enterprise_code = $1
           ON CONFLICT (enterprise_id, personal_id_number) DO NOTHING RETURNING id`,
          [e.enterpriseCode, r.personalIdNumber, r.title],
        );
      }
    }
    for (const a of DEMO_AGENCIES) {
      await run(
        `INSERT INTO exchange.agencies (code, name_vi, level, status, parent_id)
         VALUES ($1, $2, $3, 'active', (SELECT id FROM exchange.agencies WHERE code = $4))
         ON CONFLICT (code) DO NOTHING RETURNING id`,
        [a.code, a.nameVi, a.level, a.parent],
      );
    }
    return inserted;
  });
}
