import type { DataSource } from 'typeorm';
import { MIGRATION_CONTEXTS, type MigrationContext } from '../../migrations';
import { searchKey } from '@app/identifiers';
import { recordEnterpriseVersion } from '../../apps/business-registry/src';
import { recordCitizenVersion } from '../../apps/population/src';
import {
  DEMO_AGENCIES,
  DEMO_AGENCY_SYSTEMS,
  DEMO_AGREEMENTS,
  DEMO_CITIZENS,
  DEMO_ENTERPRISES,
  DEMO_PURPOSES,
} from '@app/demo-data';

/** When the demo agreements start to apply (Vietnam time). */
const DEMO_AGREEMENTS_FROM = '2026-01-01T00:00:00+07:00';

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
    const run = async (sql: string, parameters: unknown[]) => {
      // INSERT … RETURNING answers with the rows it inserted: none when the record existed.
      const rows = await manager.query<unknown[]>(sql, parameters);
      inserted += rows.length;
    };
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
    const access = contexts.includes('access');
    for (const a of access ? DEMO_AGENCIES : []) {
      await run(
        `INSERT INTO access.agencies (code, name_vi, level, status, parent_id)
         VALUES ($1, $2, $3, 'active', (SELECT id FROM access.agencies WHERE code = $4))
         ON CONFLICT (code) DO NOTHING RETURNING id`,
        [a.code, a.nameVi, a.level, a.parent],
      );
    }
    for (const p of access ? DEMO_PURPOSES : []) {
      await run(
        `INSERT INTO access.purposes (code, text_vi, text_en, consent_based) VALUES ($1, $2, $3, $4)
         ON CONFLICT (code) DO NOTHING RETURNING code`,
        [p.code, p.textVi, p.textEn, 'consentBased' in p && p.consentBased],
      );
    }
    for (const s of access ? DEMO_AGENCY_SYSTEMS : []) {
      await run(
        `INSERT INTO access.agency_systems
           (client_id, agency_code, name, status, registered_by, approved_by, approved_at)
         VALUES ($1, $2, $3, 'active', 'demo-data', 'demo-data', now())
         ON CONFLICT (client_id) DO NOTHING RETURNING client_id`,
        [s.clientId, s.agencyCode, s.name],
      );
    }
    // Version 1 of each, approved. Skipped once any version 1 exists, so an agreement that was
    // amended or withdrawn since stays as the administrators left it.
    for (const a of access ? DEMO_AGREEMENTS : []) {
      await run(
        `INSERT INTO access.agreements
           (agreement_number, version, agency_code, categories, purposes, legal_instrument, legal_article,
            legal_clause, legal_text_vi, valid_from, requests_per_minute, sealed_disclosure_days, status,
            proposed_by, decided_by, decided_at, change_note)
         VALUES ($1, 1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'approved', 'demo-data', 'demo-data', now(),
                 'Thỏa thuận mẫu (dữ liệu thử nghiệm)')
         ON CONFLICT DO NOTHING RETURNING id`,
        [
          a.agreementNumber,
          a.agencyCode,
          [...a.categories].sort(),
          [...a.purposes].sort(),
          a.legalInstrument,
          a.legalArticle,
          a.legalClause,
          a.legalTextVi,
          DEMO_AGREEMENTS_FROM,
          a.requestsPerMinute,
          a.sealedDisclosureDays,
        ],
      );
    }
    return inserted;
  });
}
