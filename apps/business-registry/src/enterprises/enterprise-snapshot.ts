import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { BranchEntity } from './branch.entity';
import { BusinessLineEntity } from './business-line.entity';
import { EnterpriseEntity } from './enterprise.entity';
import { LegalRepresentativeEntity } from './legal-representative.entity';
import { OwnerEntity } from './owner.entity';

export interface EnterpriseChange {
  kind: string;
  reason: string;
  changedBy: string;
}

/**
 * The snapshot of enterprise `e` as stored: its row with its representatives, business
 * lines, owners and branches, built by the database itself.
 */
const SNAPSHOT = `to_jsonb(e) || jsonb_build_object(
    'legal_representatives', COALESCE((SELECT jsonb_agg(to_jsonb(r) ORDER BY r.created_at, r.personal_id_number)
                                       FROM business.legal_representatives r WHERE r.enterprise_id = e.id), '[]'::jsonb),
    'business_lines', COALESCE((SELECT jsonb_agg(to_jsonb(l) ORDER BY l.is_main DESC, l.vsic_version, l.code)
                                FROM business.business_lines l WHERE l.enterprise_id = e.id), '[]'::jsonb),
    'owners', COALESCE((SELECT jsonb_agg(to_jsonb(o) ORDER BY o.capital_contribution DESC, o.id)
                        FROM business.owners o WHERE o.enterprise_id = e.id), '[]'::jsonb),
    'branches', COALESCE((SELECT jsonb_agg(to_jsonb(b) ORDER BY b.branch_code)
                          FROM business.branches b WHERE b.enterprise_id = e.id), '[]'::jsonb))`;

const INSERT_VERSIONS = `INSERT INTO business.enterprise_versions (enterprise_id, version, snapshot, change_kind, reason, changed_by)
  SELECT e.id, e.version, ${SNAPSHOT}, $2, $3, $4
  FROM business.enterprises e`;

/**
 * Records the enterprise as stored — its row with its representatives, business lines,
 * owners and branches, built by the database itself — as its current version.
 */
export async function recordEnterpriseVersion(
  manager: EntityManager,
  enterpriseId: string,
  change: EnterpriseChange,
): Promise<void> {
  await manager.query(`${INSERT_VERSIONS} WHERE e.id = $1`, [
    enterpriseId,
    change.kind,
    change.reason,
    change.changedBy,
  ]);
}

/**
 * recordEnterpriseVersion for many enterprises in one statement, with the same snapshot:
 * for bulk loads, where one statement per enterprise would not do.
 */
export async function recordEnterpriseVersions(
  manager: EntityManager,
  enterpriseIds: readonly string[],
  change: EnterpriseChange,
): Promise<void> {
  await manager.query(`${INSERT_VERSIONS} WHERE e.id = ANY($1::uuid[])`, [
    enterpriseIds,
    change.kind,
    change.reason,
    change.changedBy,
  ]);
}

/** A stored snapshot back to the entity with its collections. */
export function enterpriseFromSnapshot(dataSource: DataSource, snapshot: Record<string, unknown>): EnterpriseEntity {
  const enterprise = fromColumns(dataSource, EnterpriseEntity, snapshot);
  const rows = (key: string) => (snapshot[key] as Record<string, unknown>[] | undefined) ?? [];
  enterprise.legalRepresentatives = rows('legal_representatives').map((row) =>
    fromColumns(dataSource, LegalRepresentativeEntity, row),
  );
  enterprise.businessLines = rows('business_lines').map((row) => fromColumns(dataSource, BusinessLineEntity, row));
  enterprise.owners = rows('owners').map((row) => fromColumns(dataSource, OwnerEntity, row));
  enterprise.branches = rows('branches').map((row) => fromColumns(dataSource, BranchEntity, row));
  return enterprise;
}

function fromColumns<T extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  row: Record<string, unknown>,
): T {
  const metadata = dataSource.getMetadata(target);
  const entity = metadata.create() as T;
  for (const column of metadata.columns) {
    if (column.databaseName in row && !column.relationMetadata) {
      (entity as Record<string, unknown>)[column.propertyName] = row[column.databaseName];
    }
  }
  return entity;
}
