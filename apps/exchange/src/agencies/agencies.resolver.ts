import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type OperatorPrincipal } from '@app/auth';
import { CursorCodec } from '@app/pagination';
import { AgenciesService } from './agencies.service';
import { Agency, AgencyConnection } from './agency.model';
import { AgenciesArgs } from './dto/agencies.args';
import { RegisterAgencyInput } from './dto/register-agency.input';

@Resolver(() => Agency)
export class AgenciesResolver {
  constructor(
    private readonly agencyDirectory: AgenciesService,
    private readonly cursors: CursorCodec,
  ) {}

  @Query(() => AgencyConnection, {
    description: 'The public directory of agencies registered with the exchange, by code.',
  })
  async agencies(@Args() args: AgenciesArgs): Promise<AgencyConnection> {
    const afterCode = args.after ? this.cursors.decode('agency', args.after).code : null;
    const page = await this.agencyDirectory.list(args.first, afterCode);
    const last = page.agencies[page.agencies.length - 1];
    return {
      nodes: page.agencies.map((agency) => Agency.fromEntity(agency)),
      pageInfo: {
        endCursor: last ? this.cursors.encode('agency', { code: last.code }) : null,
        hasNextPage: page.hasNextPage,
      },
      totalCount: page.totalCount,
    };
  }

  @Mutation(() => Agency, { description: 'Adds an agency to the directory (administrators).' })
  async registerAgency(
    @CurrentPrincipal() admin: OperatorPrincipal,
    @Args('input') input: RegisterAgencyInput,
  ): Promise<Agency> {
    return Agency.fromEntity(await this.agencyDirectory.register(admin, input));
  }
}
