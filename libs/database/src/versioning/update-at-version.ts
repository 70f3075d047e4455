import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { StaleVersionError, type VersionedRecord } from '@app/errors';

/**
 * One change of a versioned registry record, in the caller's transaction: sets `values` and
 * moves the version on only while the row is still at `expectedVersion`. The check is in the
 * UPDATE itself: of two edits based on the same version, the second waits for the first's row
 * lock, re-reads the row, matches nothing and fails with STALE_VERSION, naming the version it
 * lost to. Nothing is overwritten. The caller then records the new version.
 */
export async function updateAtVersion<E extends ObjectLiteral & { id: string; version: number }>(
  manager: EntityManager,
  target: EntityTarget<E>,
  current: E,
  expectedVersion: number,
  values: QueryDeepPartialEntity<E>,
  subject: VersionedRecord,
): Promise<void> {
  if (current.version !== expectedVersion) throw new StaleVersionError(subject, expectedVersion, current.version);
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set({ ...values, version: () => 'version + 1' })
    .where('id = :id AND version = :version', { id: current.id, version: expectedVersion })
    .execute();
  if (result.affected !== 1) {
    const latest = await manager.findOneByOrFail(target, { id: current.id } as FindOptionsWhere<E>);
    throw new StaleVersionError(subject, expectedVersion, latest.version);
  }
}
