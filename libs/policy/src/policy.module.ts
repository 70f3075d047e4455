import { Global, Module } from '@nestjs/common';
import { PolicyEngine } from './policy-engine';

@Global()
@Module({ providers: [PolicyEngine], exports: [PolicyEngine] })
export class PolicyModule {}
