import type { AppConfig } from '@app/config';
import { SubgraphModule, type AppDefinition } from '@app/server';
import { ChangeRequestEntity } from './change-requests/change-request.entity';
import { CitizenVersionEntity } from './records/citizen-version.entity';
import { CitizenEntity } from './records/citizen.entity';
import { RecordsModule } from './records/records.module';
import { ChangeRequestsModule } from './change-requests/change-requests.module';
import { DuplicatesModule } from './duplicates/duplicates.module';
import { SearchModule } from './search/search.module';
import { DataQualityFindingEntity } from './data-quality/data-quality-finding.entity';
import { DataQualityModule } from './data-quality/data-quality.module';
import { CitizenImportEntity } from './imports/citizen-import.entity';
import { CitizenImportsModule } from './imports/citizen-imports.module';

/** The entities of the `population` schema; migrations/population owns their tables. */
export const POPULATION_ENTITIES = [
  CitizenEntity,
  CitizenVersionEntity,
  ChangeRequestEntity,
  DataQualityFindingEntity,
  CitizenImportEntity,
];

/** The population subgraph: citizens, residence, family links, identity documents. */
export const populationApp: AppDefinition = {
  name: 'population',
  module: (config: AppConfig) =>
    SubgraphModule.forRoot({
      name: 'population',
      config,
      database: { entities: POPULATION_ENTITIES, applicationName: 'sochung-population' },
      features: [
        RecordsModule,
        ChangeRequestsModule,
        DuplicatesModule,
        SearchModule,
        DataQualityModule,
        CitizenImportsModule,
      ],
    }),
};
