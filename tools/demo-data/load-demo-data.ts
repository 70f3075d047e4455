import type { DataSource } from 'typeorm';
import { MIGRATION_CONTEXTS, type MigrationContext } from '../../migrations';
import { searchKey } from '@app/identifiers';
import { recordEnterpriseVersion } from '../../apps/business-registry/src';
import { recordCitizenVersion } from '../../apps/population/src';
import { loadAccessDemoData } from '@app/access';
import { DEMO_ACCESS_ROWS, DEMO_CITIZENS, DEMO_ENTERPRISES } from '@app/demo-data';

/**
 * Loads the demo records in one transaction. Idempotent: every insert skips a record that
 * already exists by its natural key, so a restart never duplicates anything and never
 * overwrites what a user changed. Only the rows of `contexts`, the ones this database holds.
 * Returns how many rows were new.
 */
export async function loadDemoData(
  dataSource: DataSource,
  contexts: readonly MigrationContext[] = MIGRATION_CONTEXTS,
): Promise<number> {
  return dataSource.transaction(async (manager) => {
    let inserted = 0;
    for (const c of contexts.includes('population') ? DEMO_CITIZENS : []) {
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
    for (const e of contexts.includes('business') ? DEMO_ENTERPRISES : []) {
      const rows = await manager.query<{ id: string }[]>(
        `INSERT INTO business.enterprises
           (enterprise_code, name, status, type, establishment_date, head_office_province_code, head_office_address, charter_capital, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1) ON CONFLICT (enterprise_code) DO NOTHING RETURNING id`,
        [
          e.enterpriseCode,
          e.name,
          e.status,
          e.type,
          e.establishmentDate,
          e.headOffice.provinceCode,
          e.headOffice.address,
          e.charterCapital,
        ],
      );
      inserted += rows.length;
      // Collections and the first version only with a new enterprise: a restart adds nothing.
      for (const { id } of rows) {
        for (const r of e.representatives) {
          await manager.query(
            `INSERT INTO business.legal_representatives (enterprise_id, personal_id_number, title) VALUES ($1, $2, $3)`,
            [id, r.personalIdNumber, r.title],
          );
        }
        for (const line of e.businessLines) {
          await manager.query(
            `INSERT INTO business.business_lines (enterprise_id, vsic_version, code, is_main) VALUES ($1, $2, $3, $4)`,
            [id, line.vsicVersion, line.code, line.isMain],
          );
        }
        for (const owner of e.owners) {
          await manager.query(
            `INSERT INTO business.owners (enterprise_id, personal_id_number, capital_contribution) VALUES ($1, $2, $3)`,
            [id, owner.personalIdNumber, owner.capitalContribution],
          );
        }
        await recordEnterpriseVersion(manager, id, { kind: 'register', reason: 'demo data', changedBy: 'demo-data' });
      }
    }
    // The access core's directory and agreements, where the exchange and the core live.
    if (contexts.includes('access')) inserted += await loadAccessDemoData(manager, DEMO_ACCESS_ROWS);
    return inserted;
  });
}
