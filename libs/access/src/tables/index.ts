// The tables of the access core that the exchange manages: agencies, their systems, purposes,
// agreements and their daily counts, consents. The log's own tables are in log/.
export * from './agency.entity';
export * from './agency-system.entity';
export * from './agreement.entity';
export * from './agreement-daily-records.entity';
export * from './consent.entity';
export * from './purpose.entity';

import { ACCESS_LOG_ENTITIES } from '../log/access-log-entities';
import { AgencyEntity } from './agency.entity';
import { AgencySystemEntity } from './agency-system.entity';
import { AgreementEntity } from './agreement.entity';
import { AgreementDailyRecordsEntity } from './agreement-daily-records.entity';
import { ConsentEntity } from './consent.entity';
import { PurposeEntity } from './purpose.entity';

/** Every table of the access core (schema `access`, migrations/access): what a database of the core maps. */
export const ACCESS_ENTITIES = [
  AgencyEntity,
  PurposeEntity,
  AgencySystemEntity,
  AgreementEntity,
  AgreementDailyRecordsEntity,
  ConsentEntity,
  ...ACCESS_LOG_ENTITIES,
];
