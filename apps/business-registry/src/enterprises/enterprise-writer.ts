import type { EntityManager } from 'typeorm';
import { EnterpriseEntity } from './enterprise.entity';
import { StaleVersionError } from '@app/errors';

const THE_ENTERPRISE = { name: 'The enterprise' };
import { recordEnterpriseVersion, type EnterpriseChange } from './enterprise-snapshot';

/**
 * Makes one amendment of an enterprise in the caller's transaction: bumps the version only
 * if it is still `expectedVersion` (checked by the UPDATE, so it holds under concurrency),
 * sets `columns`, lets `amend` change the collections, and records the new version.
 */
export async function amendEnterprise(
  manager: EntityManager,
  current: EnterpriseEntity,
  expectedVersion: number,
  columns: Partial<EnterpriseEntity>,
  change: EnterpriseChange,
  amend: (manager: EntityManager) => Promise<void> = () => Promise.resolve(),
): Promise<void> {
  if (current.version !== expectedVersion)
    throw new StaleVersionError(THE_ENTERPRISE, expectedVersion, current.version);
  const result = await manager
    .createQueryBuilder()
    .update(EnterpriseEntity)
    .set({ ...columns, version: () => 'version + 1' })
    .where('id = :id AND version = :version', { id: current.id, version: expectedVersion })
    .execute();
  if (result.affected !== 1) {
    const latest = await manager.findOneByOrFail(EnterpriseEntity, { id: current.id });
    throw new StaleVersionError(THE_ENTERPRISE, expectedVersion, latest.version);
  }
  await amend(manager);
  await recordEnterpriseVersion(manager, current.id, change);
}
