import { Global, Module } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { ACCESS_DATA_SOURCE, accessDatabaseProviders } from './access-data-source';
import { AccessLogWriter } from './log/access-log-writer';
import { CONSENT_LOOKUP } from './policy/consent-lookup';
import { DatabaseConsentLookup } from './policy/database-consent-lookup';
import { PolicyEngine } from './policy/policy-engine';

/**
 * The access core in an app: its database connection, the policy (one RequestAccess per
 * request, agreements and consents read from the core) and the access log's writer (one
 * group-commit queue per process).
 */
@Global()
@Module({
  providers: [
    ...accessDatabaseProviders,
    PolicyEngine,
    { provide: CONSENT_LOOKUP, useClass: DatabaseConsentLookup },
    {
      provide: AccessLogWriter,
      inject: [ACCESS_DATA_SOURCE, APP_CONFIG],
      useFactory: (dataSource: DataSource, config: AppConfig) => new AccessLogWriter(dataSource, config.accessLog),
    },
  ],
  exports: [ACCESS_DATA_SOURCE, PolicyEngine, CONSENT_LOOKUP, AccessLogWriter],
})
export class AccessModule {}
