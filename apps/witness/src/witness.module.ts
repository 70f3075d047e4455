import { Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { loadSigningKeys } from '@app/auth';
import { ConfigModule, type AppConfig } from '@app/config';
import { DataDirInUseError, DataDirLock } from '@app/database';
import { DomainErrorFilter } from '@app/errors';
import { CosignedStore } from './cosigned-store';
import { RegistryKeySet } from './registry-key-set';
import { WitnessController } from './witness.controller';
import { WITNESS_KEYS } from './witness.module-tokens';
import { Witness } from './witness.service';

/** Its folder, its file and its key: nothing of the registry's but the registry's public keys. */
class WitnessStorage implements OnApplicationShutdown {
  constructor(
    readonly store: CosignedStore,
    private readonly lock: DataDirLock,
  ) {}

  static async open(dataDir: string): Promise<WitnessStorage> {
    let lock: DataDirLock;
    try {
      lock = DataDirLock.acquire(dataDir);
    } catch (error) {
      if (error instanceof DataDirInUseError) {
        throw new Error(`the witness's folder ${dataDir} is already in use by process ${error.pid}`, { cause: error });
      }
      throw error;
    }
    try {
      return new WitnessStorage(await CosignedStore.open(dataDir), lock);
    } catch (error) {
      lock.release();
      throw error;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
    this.lock.release();
  }
}

@Module({})
export class WitnessModule {
  static forRoot(config: AppConfig): DynamicModule {
    const keys = loadSigningKeys(config.witness.signingKeyFile, { create: !config.production });
    return {
      module: WitnessModule,
      imports: [ConfigModule.forRoot(config)],
      controllers: [WitnessController],
      providers: [
        { provide: APP_FILTER, useClass: DomainErrorFilter },
        { provide: WITNESS_KEYS, useValue: { keys: keys.map((key) => key.publicJwk) } },
        { provide: WitnessStorage, useFactory: () => WitnessStorage.open(config.witness.dataDir) },
        {
          provide: Witness,
          inject: [WitnessStorage],
          useFactory: (storage: WitnessStorage) => {
            const registry = new RegistryKeySet(config.witness.registryJwks);
            return new Witness({
              store: storage.store,
              verifyCheckpoint: (jws) => registry.verify(jws),
              key: keys[0],
              name: config.witness.name,
            });
          },
        },
      ],
    };
  }
}
