import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '@app/auth';
import { AccessExplanation, PolicyEngine } from '@app/access';
import { ExplainCitizenAccessArgs } from './dto/explain-citizen-access.args';

@Resolver()
export class ExplainCitizenAccessResolver {
  constructor(private readonly policy: PolicyEngine) {}

  @Query(() => AccessExplanation, {
    description:
      "What the caller would get of a citizen's record for a purpose, field by field, and why; releases no data.",
  })
  explainCitizenAccess(
    @CurrentPrincipal() principal: Principal,
    @Args() args: ExplainCitizenAccessArgs,
  ): Promise<AccessExplanation> {
    const subject = { kind: 'citizen' as const, id: args.personalIdNumber };
    return this.policy.explain(principal, subject, 'Citizen', args.purpose ?? undefined, args.fields ?? undefined);
  }
}
