import { BUSINESS_ENTITIES } from '../../apps/business-registry/src';
import { EXCHANGE_ENTITIES } from '../../apps/exchange/src';
import { POPULATION_ENTITIES } from '../../apps/population/src';

/** Every entity of every context: what the migrations, together, must create. */
export const ALL_ENTITIES = [...POPULATION_ENTITIES, ...BUSINESS_ENTITIES, ...EXCHANGE_ENTITIES];
