import type { EntityManager } from 'typeorm';
import { EnterpriseEntity } from './enterprise.entity';
import { updateAtVersion } from '@app/database';

const THE_ENTERPRISE = { name: 'The enterprise' };
import { recordEnterpriseVersion, type EnterpriseChange } from './enterprise-snapshot';

/**
 * Makes one amendment of an enterprise in the caller's transaction: sets `columns` and bumps
 * the version only while it is still `expectedVersion` (updateAtVersion, as for citizens),
 * lets `amend` change the collections, and records the new version.
 */
export async function amendEnterprise(
  manager: EntityManager,
  current: EnterpriseEntity,
  expectedVersion: number,
  columns: Partial<EnterpriseEntity>,
  change: EnterpriseChange,
  amend: (manager: EntityManager) => Promise<void> = () => Promise.resolve(),
): Promise<void> {
  await updateAtVersion(manager, EnterpriseEntity, current, expectedVersion, columns, THE_ENTERPRISE);
  await amend(manager);
  await recordEnterpriseVersion(manager, current.id, change);
}
