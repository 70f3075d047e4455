import type { DataSource, EntityManager } from 'typeorm';
import { CitizenEntity } from './citizen.entity';
import type { ChangeKind } from './citizen-version.entity';

/**
 * Records the citizen's row, exactly as stored, as its current version. The snapshot is the
 * database row (to_jsonb), so that a version never depends on how the code maps it.
 */
export async function recordCitizenVersion(
  manager: EntityManager,
  citizenId: string,
  change: { kind: ChangeKind; reason: string; changedBy: string },
): Promise<void> {
  await manager.query(
    `INSERT INTO population.citizen_versions (citizen_id, version, snapshot, change_kind, reason, changed_by)
     SELECT c.id, c.version, to_jsonb(c), $2, $3, $4 FROM population.citizens c WHERE c.id = $1`,
    [citizenId, change.kind, change.reason, change.changedBy],
  );
}

/** A stored snapshot (column names) back to the entity (property names). */
export function citizenFromSnapshot(dataSource: DataSource, snapshot: Record<string, unknown>): CitizenEntity {
  const entity = new CitizenEntity();
  for (const column of dataSource.getMetadata(CitizenEntity).columns) {
    if (column.databaseName in snapshot) {
      (entity as unknown as Record<string, unknown>)[column.propertyName] = snapshot[column.databaseName];
    }
  }
  return entity;
}
