import { Args, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { EnterpriseArgs } from './dto/enterprise.args';
import { Enterprise } from './enterprise.model';
import { EnterprisesService } from './enterprises.service';

@Resolver(() => Enterprise)
export class EnterprisesResolver {
  constructor(private readonly enterprises: EnterprisesService) {}

  @Query(() => Enterprise, { nullable: true, description: 'One enterprise by enterprise code.' })
  async enterprise(@Args() args: EnterpriseArgs): Promise<Enterprise> {
    return Enterprise.fromEntity(await this.enterprises.get(args.enterpriseCode));
  }

  @ResolveReference()
  async resolveReference(reference: { enterpriseCode: string }): Promise<Enterprise | null> {
    const enterprise = await this.enterprises.find(reference.enterpriseCode);
    return enterprise ? Enterprise.fromEntity(enterprise) : null;
  }
}
