import { isDeepStrictEqual } from 'node:util';
import type { EntityManager } from 'typeorm';
import { recordCitizenVersion } from './citizen-snapshot';
import type { ChangeKind } from './citizen-version.entity';
import { CitizenEntity } from './citizen.entity';
import { StaleVersionError } from '@app/errors';
import { NoChangeError } from './citizen.errors';

const THE_RECORD = { name: 'The record' };

export interface CitizenChange {
  kind: ChangeKind;
  reason: string;
  changedBy: string;
}

/**
 * Writes `columns` to the citizen if the record is still at `expectedVersion`, and records
 * the new version, in the caller's transaction. The version check is in the UPDATE itself:
 * of two edits based on the same version, the second waits for the first's row lock,
 * re-reads the row, matches nothing, and fails with STALE_VERSION. Nothing is overwritten.
 */
export async function applyCitizenChange(
  manager: EntityManager,
  current: CitizenEntity,
  expectedVersion: number,
  columns: Partial<CitizenEntity>,
  change: CitizenChange,
): Promise<CitizenEntity> {
  if (current.version !== expectedVersion) throw new StaleVersionError(THE_RECORD, expectedVersion, current.version);
  const changed = Object.entries(columns).filter(
    ([key, value]) => !isDeepStrictEqual(current[key as keyof CitizenEntity], value),
  );
  if (changed.length === 0) throw new NoChangeError();
  const result = await manager
    .createQueryBuilder()
    .update(CitizenEntity)
    .set(Object.fromEntries(changed))
    .where('id = :id AND version = :version', { id: current.id, version: expectedVersion })
    .execute();
  if (result.affected !== 1) {
    const latest = await manager.findOneByOrFail(CitizenEntity, { id: current.id });
    throw new StaleVersionError(THE_RECORD, expectedVersion, latest.version);
  }
  await recordCitizenVersion(manager, current.id, change);
  return manager.findOneByOrFail(CitizenEntity, { id: current.id });
}
