import { Args, Info, Mutation, Parent, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { selectedFieldNames } from '@app/server';
import {
  CurrentAccess,
  DataResolveField,
  requireLookUp,
  lookUpSubjects,
  revealed,
  type RequestAccess,
} from '@app/access';
import { CurrentPrincipal, CurrentSteward, type Principal, type StewardPrincipal } from '@app/auth';
import {
  AmendRepresentativeInput,
  ChangeEnterpriseStatusInput,
  RegisterBranchInput,
  RegisterEnterpriseInput,
} from './dto/enterprise-stewardship.inputs';
import { EnterpriseArgs } from './dto/enterprise.args';
import { Enterprise, EnterpriseStatusChange, EnterpriseStatusValue, EnterpriseVersion } from './enterprise.model';
import { EnterpriseStewardshipService } from './enterprise-stewardship.service';
import { collectionsAsked, EnterprisesService } from './enterprises.service';

@Resolver(() => Enterprise)
export class EnterprisesResolver {
  constructor(
    private readonly registry: EnterprisesService,
    private readonly stewardship: EnterpriseStewardshipService,
  ) {}

  @Query(() => Enterprise, { nullable: true, description: 'One enterprise by code, now or as of a past time.' })
  async enterprise(
    @CurrentPrincipal() principal: Principal,
    @CurrentAccess() access: RequestAccess,
    @Args() args: EnterpriseArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Enterprise | null> {
    requireLookUp(principal, 'enterprise', [args.enterpriseCode]);
    const [answer] = await lookUpSubjects(access, Enterprise, [args.enterpriseCode], async () => {
      const record = args.asOf
        ? await this.registry.getAsOf(args.enterpriseCode, args.asOf)
        : await this.registry.get(args.enterpriseCode, collectionsAsked(selectedFieldNames(info)));
      return [Enterprise.fromEntity(record)];
    });
    return revealed(answer);
  }

  @DataResolveField(Enterprise, 'business.record', () => [EnterpriseVersion], {
    description: 'The amendment history, newest first.',
  })
  async history(@Parent() enterprise: Enterprise): Promise<EnterpriseVersion[]> {
    const versions = await this.registry.history(enterprise.enterpriseCode);
    return versions.map(({ version, record }) => ({
      version: version.version,
      changeKind: version.changeKind,
      reason: version.reason,
      changedBy: version.changedBy,
      recordedAt: version.recordedAt,
      record: Enterprise.fromEntity(record),
    }));
  }

  @DataResolveField(Enterprise, 'business.profile', () => [EnterpriseStatusChange], {
    description: 'Each status and since when, newest first.',
  })
  async statusHistory(@Parent() enterprise: Enterprise): Promise<EnterpriseStatusChange[]> {
    const versions = [...(await this.registry.history(enterprise.enterpriseCode))].reverse();
    const changes: EnterpriseStatusChange[] = [];
    for (const { version, record } of versions) {
      if ((changes[0]?.status as string | undefined) === record.status) continue;
      changes.unshift({
        status: record.status as EnterpriseStatusValue,
        since: version.recordedAt,
        reason: version.reason,
      });
    }
    return changes;
  }

  @Mutation(() => Enterprise, { description: 'Registers an enterprise (stewards of the business registry).' })
  async registerEnterprise(
    @CurrentSteward() steward: StewardPrincipal,
    @Args('input') input: RegisterEnterpriseInput,
  ): Promise<Enterprise> {
    return this.current(await this.stewardship.register(steward, input));
  }

  @Mutation(() => Enterprise, { description: "Changes an enterprise's status, based on a named version." })
  async changeEnterpriseStatus(
    @CurrentSteward() steward: StewardPrincipal,
    @Args('input') input: ChangeEnterpriseStatusInput,
  ): Promise<Enterprise> {
    return this.current(await this.stewardship.changeStatus(steward, input));
  }

  @Mutation(() => Enterprise, { description: 'Adds a legal representative, based on a named version.' })
  async addLegalRepresentative(
    @CurrentSteward() steward: StewardPrincipal,
    @Args('input') input: AmendRepresentativeInput,
  ): Promise<Enterprise> {
    return this.current(await this.stewardship.addRepresentative(steward, input));
  }

  @Mutation(() => Enterprise, {
    description: 'Removes a legal representative (never the last), based on a named version.',
  })
  async removeLegalRepresentative(
    @CurrentSteward() steward: StewardPrincipal,
    @Args('input') input: AmendRepresentativeInput,
  ): Promise<Enterprise> {
    return this.current(await this.stewardship.removeRepresentative(steward, input));
  }

  @Mutation(() => Enterprise, { description: 'Registers a branch or representative office of an enterprise.' })
  async registerBranch(
    @CurrentSteward() steward: StewardPrincipal,
    @Args('input') input: RegisterBranchInput,
  ): Promise<Enterprise> {
    return this.current(await this.stewardship.registerBranch(steward, input));
  }

  @ResolveReference()
  async resolveReference(
    @Parent() reference: { enterpriseCode: string },
    @CurrentAccess() access: RequestAccess,
  ): Promise<Enterprise | null> {
    const [answer] = await lookUpSubjects(access, Enterprise, [reference.enterpriseCode], async ([code]) => {
      const enterprise = await this.registry.find(code);
      return [enterprise ? Enterprise.fromEntity(enterprise) : null];
    });
    return revealed(answer);
  }

  private async current(enterpriseCode: string): Promise<Enterprise> {
    return Enterprise.fromEntity(await this.registry.get(enterpriseCode));
  }
}
