import type { AppConfig } from '@app/config';
import { SubgraphModule, type AppDefinition } from '@app/server';
import { BranchEntity } from './enterprises/branch.entity';
import { BusinessLineEntity } from './enterprises/business-line.entity';
import { EnterpriseEntity } from './enterprises/enterprise.entity';
import { EnterpriseVersionEntity } from './enterprises/enterprise-version.entity';
import { OwnerEntity } from './enterprises/owner.entity';
import { EnterprisesModule } from './enterprises/enterprises.module';
import { LegalRepresentativeEntity } from './enterprises/legal-representative.entity';

/** The entities of the `business` schema; migrations/business owns their tables. */
export const BUSINESS_ENTITIES = [
  EnterpriseEntity,
  LegalRepresentativeEntity,
  BusinessLineEntity,
  OwnerEntity,
  EnterpriseVersionEntity,
  BranchEntity,
];

/** The business-registry subgraph: enterprises, branches, business lines, owners, representatives. */
export const businessRegistryApp: AppDefinition = {
  name: 'business-registry',
  module: (config: AppConfig) =>
    SubgraphModule.forRoot({
      name: 'business-registry',
      config,
      database: { entities: BUSINESS_ENTITIES, applicationName: 'sochung-business-registry' },
      features: [EnterprisesModule],
    }),
};
