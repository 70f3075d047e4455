import { ACCESS_ENTITIES } from '@app/access';
import { BUSINESS_ENTITIES } from '../../apps/business-registry/src';
import { EXCHANGE_ENTITIES } from '../../apps/exchange/src';
import { POPULATION_ENTITIES } from '../../apps/population/src';
import type { MigrationContext } from '../../migrations';

/** Every entity of every context: what the migrations, together, must create. */
export const ALL_ENTITIES = [...POPULATION_ENTITIES, ...BUSINESS_ENTITIES, ...EXCHANGE_ENTITIES];

/**
 * The entities a database holding `contexts` maps. The exchange maps the access core's tables
 * as well as its own (it manages them), so the two come together.
 */
export function entitiesOf(contexts: readonly MigrationContext[]) {
  const entities = [
    ...(contexts.includes('population') ? POPULATION_ENTITIES : []),
    ...(contexts.includes('business') ? BUSINESS_ENTITIES : []),
    ...(contexts.includes('access') ? ACCESS_ENTITIES : []),
    ...(contexts.includes('exchange') ? EXCHANGE_ENTITIES : []),
  ];
  return [...new Set(entities)];
}
