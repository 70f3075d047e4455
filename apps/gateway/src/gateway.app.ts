import type { AppConfig } from '@app/config';
import type { AppDefinition } from '@app/server';
import { GatewayModule } from './gateway.module';

/** The Apollo gateway in front of the population, business-registry and exchange subgraphs. */
export const gatewayApp: AppDefinition = {
  name: 'gateway',
  module: (config: AppConfig) => GatewayModule.forRoot(config),
};
