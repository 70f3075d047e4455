import { Args, Query, Resolver } from '@nestjs/graphql';
import { AccessLogConnection } from '@app/access';
import { CurrentPrincipal, type CitizenPrincipal } from '@app/auth';
import { EnterpriseAccessLogArgs } from './dto/enterprise-access-log.args';
import { EnterpriseAccessLogService } from './enterprise-access-log.service';

@Resolver()
export class EnterpriseAccessLogResolver {
  constructor(private readonly accessLogs: EnterpriseAccessLogService) {}

  @Query(() => AccessLogConnection, {
    description:
      "Who read an enterprise's data, when, why and on what basis, newest first: for its current legal representatives.",
  })
  enterpriseAccessLog(
    @CurrentPrincipal() citizen: CitizenPrincipal,
    @Args() args: EnterpriseAccessLogArgs,
  ): Promise<AccessLogConnection> {
    return this.accessLogs.accessLog(citizen, args.enterpriseCode, args);
  }
}
