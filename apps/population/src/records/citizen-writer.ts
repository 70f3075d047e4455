import { isDeepStrictEqual } from 'node:util';
import type { EntityManager } from 'typeorm';
import { recordCitizenVersion } from './citizen-snapshot';
import type { ChangeKind } from './citizen-version.entity';
import { CitizenEntity } from './citizen.entity';
import { updateAtVersion } from '@app/database';
import { StaleVersionError } from '@app/errors';
import { NoChangeError } from './citizen.errors';

const THE_RECORD = { name: 'The record' };

export interface CitizenChange {
  kind: ChangeKind;
  reason: string;
  changedBy: string;
}

/**
 * Writes the columns that change to the citizen if the record is still at `expectedVersion`
 * (updateAtVersion, as for enterprises), and records the new version, in the caller's
 * transaction. A correction that changes nothing is refused (NO_CHANGE).
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
  await updateAtVersion(manager, CitizenEntity, current, expectedVersion, Object.fromEntries(changed), THE_RECORD);
  await recordCitizenVersion(manager, current.id, change);
  return manager.findOneByOrFail(CitizenEntity, { id: current.id });
}
