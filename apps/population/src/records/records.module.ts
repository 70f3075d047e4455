import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CitizenLookupService } from './citizen-lookup.service';
import { CitizenReferences } from './citizen-references';
import { CitizenStewardshipService } from './citizen-stewardship.service';
import { CitizenVersionEntity } from './citizen-version.entity';
import { CitizenEntity } from './citizen.entity';
import { CitizensResolver } from './citizens.resolver';
import { CitizensService } from './citizens.service';
import { ExplainCitizenAccessResolver } from './explain-citizen-access.resolver';
import { FamilyLinksResolver } from './family-links.resolver';
import { RegistrationChecks } from './registration-checks';

const REPOSITORIES = TypeOrmModule.forFeature([CitizenEntity, CitizenVersionEntity]);

/** Citizens' records: read (by agencies, citizens and stewards), registered, corrected, versioned. */
@Module({
  imports: [REPOSITORIES],
  providers: [
    CitizensResolver,
    CitizensService,
    CitizenStewardshipService,
    CitizenLookupService,
    CitizenReferences,
    RegistrationChecks,
    FamilyLinksResolver,
    ExplainCitizenAccessResolver,
  ],
  exports: [RegistrationChecks, CitizenLookupService, REPOSITORIES],
})
export class RecordsModule {}
