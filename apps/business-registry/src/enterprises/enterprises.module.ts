import { Module } from '@nestjs/common';
import { ExplainEnterpriseAccessResolver } from './explain-enterprise-access.resolver';
import { CitizenRolesResolver } from './citizen-roles.resolver';
import { EnterpriseAccessLogResolver } from './enterprise-access-log.resolver';
import { EnterpriseAccessLogService } from './enterprise-access-log.service';
import { EnterpriseSearchResolver } from './enterprise-search.resolver';
import { EnterpriseSearchService } from './enterprise-search.service';
import { EnterpriseStewardshipService } from './enterprise-stewardship.service';
import { EnterprisesResolver } from './enterprises.resolver';
import { EnterprisesService } from './enterprises.service';

@Module({
  providers: [
    EnterprisesResolver,
    EnterprisesService,
    EnterpriseStewardshipService,
    CitizenRolesResolver,
    ExplainEnterpriseAccessResolver,
    EnterpriseAccessLogResolver,
    EnterpriseAccessLogService,
    EnterpriseSearchResolver,
    EnterpriseSearchService,
  ],
})
export class EnterprisesModule {}
