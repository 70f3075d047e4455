import type { DataSource } from 'typeorm';
import { recordEnterpriseVersions } from '../enterprises/enterprise-snapshot';
import type { BatchResult, LoadNote } from '@app/bulk-import';
import type { NewEnterprise } from './enterprise-row';

// One array parameter per column, as for citizens: statements that do not grow with the batch.
const INSERT_ENTERPRISES = `
  INSERT INTO business.enterprises
    (enterprise_code, name, foreign_name, abbreviation, type, status, establishment_date,
     head_office_province_code, head_office_address, charter_capital, version)
  SELECT t.enterprise_code, t.name, t.foreign_name, t.abbreviation, t.type, t.status, t.establishment_date,
         t.head_office_province_code, t.head_office_address, t.charter_capital, 1
  FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::date[],
              $8::text[], $9::text[], $10::numeric[])
    AS t(enterprise_code, name, foreign_name, abbreviation, type, status, establishment_date,
         head_office_province_code, head_office_address, charter_capital)
  ON CONFLICT (enterprise_code) DO NOTHING
  RETURNING id, enterprise_code`;

const INSERT_REPRESENTATIVES = `
  INSERT INTO business.legal_representatives (enterprise_id, personal_id_number, title)
  SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[])`;

const INSERT_BUSINESS_LINES = `
  INSERT INTO business.business_lines (enterprise_id, vsic_version, code, is_main)
  SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::boolean[])`;

const INSERT_OWNERS = `
  INSERT INTO business.owners (enterprise_id, personal_id_number, enterprise_code, name, capital_contribution)
  SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::numeric[])`;

const INSERT_BRANCHES = `
  INSERT INTO business.branches (enterprise_id, branch_code, kind, name, province_code, address)
  SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])`;

/**
 * Registers a batch of enterprises in one transaction with a fixed number of statements:
 * the records (codes already registered are skipped), then the representatives, business
 * lines, owners and branches of the newly inserted ones, then their first versions with
 * recordEnterpriseVersion's snapshot. Loading the same rows again changes nothing.
 */
export async function loadEnterpriseBatch(
  dataSource: DataSource,
  batch: readonly NewEnterprise[],
  note: LoadNote,
): Promise<BatchResult> {
  // A code twice in one batch: the first row counts, as it would in separate batches.
  const seen = new Set<string>();
  const enterprises = batch.filter((e) => !seen.has(e.enterpriseCode) && seen.add(e.enterpriseCode));
  if (enterprises.length === 0) return { loaded: 0, alreadyRegistered: batch.length };
  const column = <K extends keyof NewEnterprise>(key: K) => enterprises.map((e) => e[key]);
  return dataSource.transaction(async (manager) => {
    const inserted = await manager.query<{ id: string; enterprise_code: string }[]>(INSERT_ENTERPRISES, [
      column('enterpriseCode'),
      column('name'),
      column('foreignName'),
      column('abbreviation'),
      column('type'),
      column('status'),
      column('establishmentDate'),
      column('headOfficeProvinceCode'),
      column('headOfficeAddress'),
      column('charterCapital'),
    ]);
    if (inserted.length > 0) {
      const idOf = new Map(inserted.map((row) => [row.enterprise_code, row.id]));
      const fresh = enterprises.filter((e) => idOf.has(e.enterpriseCode));
      /** One array per field over every item of every new enterprise, with the enterprise's id first. */
      const arrays = <T>(items: (e: NewEnterprise) => T[], fields: ((item: T) => unknown)[]) => {
        const columns: unknown[][] = [[], ...fields.map(() => [])];
        for (const e of fresh) {
          for (const item of items(e)) {
            columns[0].push(idOf.get(e.enterpriseCode));
            fields.forEach((field, i) => columns[i + 1].push(field(item)));
          }
        }
        return columns;
      };
      await manager.query(
        INSERT_REPRESENTATIVES,
        arrays((e) => e.legalRepresentatives, [(r) => r.personalIdNumber, (r) => r.title]),
      );
      await manager.query(
        INSERT_BUSINESS_LINES,
        arrays((e) => e.businessLines, [(l) => l.vsicVersion, (l) => l.code, (l) => l.isMain]),
      );
      const owners = arrays(
        (e) => e.owners,
        [(o) => o.personalIdNumber, (o) => o.enterpriseCode, (o) => o.name, (o) => o.capitalContribution],
      );
      if (owners[0].length > 0) await manager.query(INSERT_OWNERS, owners);
      const branches = arrays(
        (e) => e.branches,
        [(b) => b.branchCode, (b) => b.kind, (b) => b.name, (b) => b.provinceCode, (b) => b.address],
      );
      if (branches[0].length > 0) await manager.query(INSERT_BRANCHES, branches);
      await recordEnterpriseVersions(manager, [...idOf.values()], {
        kind: 'register',
        reason: note.reason,
        changedBy: note.changedBy,
      });
    }
    return { loaded: inserted.length, alreadyRegistered: batch.length - inserted.length };
  });
}
