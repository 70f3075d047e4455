import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type OperatorPrincipal, type Principal } from '@app/auth';
import { CursorCodec } from '@app/pagination';
import { AgreementChangesService } from './agreement-changes.service';
import { Agreement, AgreementAmendment, AgreementConnection } from './agreement.model';
import { AgreementsService } from './agreements.service';
import {
  AgreementArgs,
  AgreementsArgs,
  AmendAgreementInput,
  DecideAgreementInput,
  ProposeAgreementInput,
  WithdrawAgreementInput,
} from './dto/agreement.inputs';

/** Data-sharing agreements: read by administrators, auditors and (its own) the agency; changed by administrators. */
@Resolver(() => Agreement)
export class AgreementsResolver {
  constructor(
    private readonly reader: AgreementsService,
    private readonly changes: AgreementChangesService,
    private readonly cursors: CursorCodec,
  ) {}

  @Query(() => AgreementConnection, {
    description: "Agreement versions by number and version (an agency sees its own agency's only).",
  })
  async agreements(@CurrentPrincipal() caller: Principal, @Args() args: AgreementsArgs): Promise<AgreementConnection> {
    const page = await this.reader.list(caller, {
      agencyCode: args.agencyCode,
      status: args.status,
      first: args.first,
      after: args.after ? this.cursors.decode('agreement', args.after) : null,
    });
    const last = page.agreements[page.agreements.length - 1];
    return {
      nodes: page.agreements.map((agreement) => Agreement.fromEntity(agreement)),
      pageInfo: {
        endCursor: last
          ? this.cursors.encode('agreement', { agreementNumber: last.agreementNumber, version: last.version })
          : null,
        hasNextPage: page.hasNextPage,
      },
      totalCount: page.totalCount,
    };
  }

  @Query(() => Agreement, { description: 'One agreement version, with all versions of its agreement.' })
  async agreement(@CurrentPrincipal() caller: Principal, @Args() args: AgreementArgs): Promise<Agreement> {
    return Agreement.fromEntity(await this.reader.get(caller, args.id));
  }

  @ResolveField(() => [Agreement], { description: 'Every version of this agreement, oldest first.' })
  async versions(@Parent() agreement: Agreement): Promise<Agreement[]> {
    return (await this.reader.versions(agreement.agreementNumber)).map((version) => Agreement.fromEntity(version));
  }

  @Mutation(() => Agreement, {
    description: 'Proposes a new agreement (version 1); a second administrator approves it.',
  })
  async proposeAgreement(
    @CurrentPrincipal() admin: OperatorPrincipal,
    @Args('input') input: ProposeAgreementInput,
  ): Promise<Agreement> {
    return Agreement.fromEntity(await this.changes.propose(admin, input));
  }

  @Mutation(() => Agreement, {
    description: 'Puts a proposed version in force, superseding the previous one; not by its proposer.',
  })
  async approveAgreement(
    @CurrentPrincipal() admin: OperatorPrincipal,
    @Args('input') input: DecideAgreementInput,
  ): Promise<Agreement> {
    return Agreement.fromEntity(await this.changes.approve(admin, input.id));
  }

  @Mutation(() => Agreement, { description: 'Rejects a proposed version; not by its proposer.' })
  async rejectAgreement(
    @CurrentPrincipal() admin: OperatorPrincipal,
    @Args('input') input: DecideAgreementInput,
  ): Promise<Agreement> {
    return Agreement.fromEntity(await this.changes.reject(admin, input.id));
  }

  @Mutation(() => AgreementAmendment, {
    description:
      'Amends the version in force: a change that only narrows is in force at once; one that widens is proposed for a second administrator.',
  })
  async amendAgreement(
    @CurrentPrincipal() admin: OperatorPrincipal,
    @Args('input') input: AmendAgreementInput,
  ): Promise<AgreementAmendment> {
    const amendment = await this.changes.amend(admin, input);
    return {
      agreement: Agreement.fromEntity(amendment.agreement),
      changedTerms: amendment.changed,
      termsNeedingApproval: amendment.needsApproval,
    };
  }

  @Mutation(() => Agreement, {
    description: 'Ends an agreement at once; returns the WITHDRAWN version that records who and why.',
  })
  async withdrawAgreement(
    @CurrentPrincipal() admin: OperatorPrincipal,
    @Args('input') input: WithdrawAgreementInput,
  ): Promise<Agreement> {
    return Agreement.fromEntity(await this.changes.withdraw(admin, input.agreementNumber, input.note));
  }
}
