import { FamilyLinksResolver } from './family-links.resolver';
import { ChangeRequestEntity } from './change-request.entity';
import { ChangeRequestsResolver } from './change-requests.resolver';
import { ChangeRequestsService } from './change-requests.service';
import { CitizenDuplicatesService } from './citizen-duplicates.service';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CitizenSearchService } from './citizen-search.service';
import { CitizenStewardshipService } from './citizen-stewardship.service';
import { CitizenVersionEntity } from './citizen-version.entity';
import { CitizenEntity } from './citizen.entity';
import { CitizensResolver } from './citizens.resolver';
import { CitizensService } from './citizens.service';
import { ExplainCitizenAccessResolver } from './explain-citizen-access.resolver';

@Module({
  imports: [TypeOrmModule.forFeature([CitizenEntity, CitizenVersionEntity, ChangeRequestEntity])],
  providers: [
    CitizensResolver,
    CitizensService,
    CitizenStewardshipService,
    CitizenSearchService,
    ChangeRequestsResolver,
    ChangeRequestsService,
    CitizenDuplicatesService,
    FamilyLinksResolver,
    ExplainCitizenAccessResolver,
  ],
})
export class CitizensModule {}
