import { Global, Module } from '@nestjs/common';
import { CONSENT_LOOKUP } from './consent-lookup';
import { DatabaseConsentLookup } from './database-consent-lookup';
import { PolicyEngine } from './policy-engine';

@Global()
@Module({
  providers: [PolicyEngine, { provide: CONSENT_LOOKUP, useClass: DatabaseConsentLookup }],
  exports: [PolicyEngine, CONSENT_LOOKUP],
})
export class PolicyModule {}
