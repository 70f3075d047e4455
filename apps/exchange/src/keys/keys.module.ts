import { Module } from '@nestjs/common';
import { JwksController } from './jwks.controller';
import { RegistryKeys } from './registry-keys';

@Module({ controllers: [JwksController], providers: [RegistryKeys], exports: [RegistryKeys] })
export class KeysModule {}
