import { Module } from '@nestjs/common';
import { ExplainEnterpriseAccessResolver } from './explain-enterprise-access.resolver';
import { CitizenRolesResolver } from './citizen-roles.resolver';
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
  ],
})
export class EnterprisesModule {}
