import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '@app/auth';
import { AccessExplanation, PolicyEngine } from '@app/access';
import { ExplainEnterpriseAccessArgs } from './dto/explain-enterprise-access.args';

@Resolver()
export class ExplainEnterpriseAccessResolver {
  constructor(private readonly policy: PolicyEngine) {}

  @Query(() => AccessExplanation, {
    description: "What the caller would get of an enterprise's record for a purpose, field by field, and why; no data.",
  })
  explainEnterpriseAccess(
    @CurrentPrincipal() principal: Principal,
    @Args() args: ExplainEnterpriseAccessArgs,
  ): Promise<AccessExplanation> {
    const subject = { kind: 'enterprise' as const, id: args.enterpriseCode };
    return this.policy.explain(principal, subject, 'Enterprise', args.purpose ?? undefined, args.fields ?? undefined);
  }
}
