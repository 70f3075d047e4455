import type { AppConfig } from '@app/config';
import type { AppDefinition } from '@app/server';
import { WitnessModule } from './witness.module';

/** The access log's witness: cosigns the registry's checkpoints, keeps the latest, publishes it. */
export const witnessApp: AppDefinition = {
  name: 'witness',
  module: (config: AppConfig) => WitnessModule.forRoot(config),
};
