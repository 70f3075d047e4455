import { ACCESS_ENTITIES, separateAccessDatabase } from '@app/access';
import { ConfigError, type AppConfig } from '@app/config';
import { SubgraphModule, type AppDefinition } from '@app/server';
import { AccessLogModule } from './access-log/access-log.module';
import { AccessRulesModule } from './access-rules/access-rules.module';
import { AgenciesModule } from './agencies/agencies.module';
import { AgencySystemsModule } from './agency-systems/agency-systems.module';
import { SystemKeyEntity } from './agency-systems/system-key.entity';
import { AgreementsModule } from './agreements/agreements.module';
import { ConsentReceiptEntity } from './consents/consent-receipt.entity';
import { ConsentRequestEntity } from './consents/consent-request.entity';
import { ConsentsModule } from './consents/consents.module';
import { AccessDisputeVersionEntity } from './disputes/access-dispute-version.entity';
import { AccessDisputeEntity } from './disputes/access-dispute.entity';
import { AccessDisputesModule } from './disputes/access-disputes.module';
import { KeysModule } from './keys/keys.module';
import { LogVerificationRunEntity } from './log-verification/log-verification-run.entity';
import { LogVerificationModule } from './log-verification/log-verification.module';
import { ClientAssertionEntity } from './oauth/client-assertion.entity';
import { OAuthModule } from './oauth/oauth.module';
import { PurposesModule } from './purposes/purposes.module';

/**
 * The entities the exchange maps: the access core's (migrations/access), which it manages —
 * agencies, purposes, systems, agreements, consents, the log — and its own schema's
 * (migrations/exchange).
 */
export const EXCHANGE_ENTITIES = [
  ...ACCESS_ENTITIES,
  SystemKeyEntity,
  ConsentRequestEntity,
  ConsentReceiptEntity,
  AccessDisputeEntity,
  AccessDisputeVersionEntity,
  ClientAssertionEntity,
  // verify-log's runs: written by the tool, read here.
  LogVerificationRunEntity,
];

/** The exchange subgraph: agencies, keys, agreements, consent, the access log. */
export const exchangeApp: AppDefinition = {
  name: 'exchange',
  module: (config: AppConfig) => {
    // The exchange writes its consents, agreements and disputes in the access core's own
    // transactions (a consent with its receipt, a dispute's step with its log entry): one database.
    if (separateAccessDatabase(config.database)) {
      throw new ConfigError([
        "ACCESS_DATABASE_URL must be the exchange's DATABASE_URL: the exchange manages the access core in its database",
      ]);
    }
    return SubgraphModule.forRoot({
      name: 'exchange',
      config,
      database: { entities: EXCHANGE_ENTITIES, applicationName: 'sochung-exchange' },
      features: [
        AccessLogModule,
        AccessRulesModule,
        AgenciesModule,
        KeysModule,
        OAuthModule,
        PurposesModule,
        AgencySystemsModule,
        AgreementsModule,
        ConsentsModule,
        AccessDisputesModule,
        LogVerificationModule,
      ],
    });
  },
};
