import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentPrincipal, type OperatorPrincipal, type Principal } from '@app/auth';
import { AgencySystem } from './agency-system.model';
import { AgencySystemsService } from './agency-systems.service';
import {
  AddSystemKeyInput,
  AgencySystemInput,
  AgencySystemsArgs,
  RegisterAgencySystemInput,
  RevokeSystemKeyInput,
} from './dto/agency-system.inputs';

/** Agency onboarding: systems (OAuth clients) and their keys. */
@Resolver(() => AgencySystem)
export class AgencySystemsResolver {
  constructor(private readonly systems: AgencySystemsService) {}

  @Query(() => [AgencySystem], {
    description: "Agency systems and their keys (administrators, auditors; an agency sees its own agency's only).",
  })
  @Allow('admin', 'auditor', 'agency')
  async agencySystems(@CurrentPrincipal() caller: Principal, @Args() args: AgencySystemsArgs): Promise<AgencySystem[]> {
    return (await this.systems.list(caller, args.agencyCode)).map((system) => AgencySystem.fromEntity(system));
  }

  @Mutation(() => AgencySystem, {
    description: 'Registers a system with its public keys, pending until a second administrator approves it.',
  })
  @Allow('admin')
  async registerAgencySystem(
    @CurrentPrincipal() admin: OperatorPrincipal,
    @Args('input') input: RegisterAgencySystemInput,
  ): Promise<AgencySystem> {
    return AgencySystem.fromEntity(await this.systems.register(admin, input));
  }

  @Mutation(() => AgencySystem, {
    description: 'Approves a pending system, or resumes a suspended one; not by the administrator who registered it.',
  })
  @Allow('admin')
  async approveAgencySystem(
    @CurrentPrincipal() admin: OperatorPrincipal,
    @Args('input') input: AgencySystemInput,
  ): Promise<AgencySystem> {
    return AgencySystem.fromEntity(await this.systems.approve(admin, input.clientId));
  }

  @Mutation(() => AgencySystem, { description: 'Stops a system from getting tokens, at once.' })
  @Allow('admin')
  async suspendAgencySystem(
    @CurrentPrincipal() admin: OperatorPrincipal,
    @Args('input') input: AgencySystemInput,
  ): Promise<AgencySystem> {
    return AgencySystem.fromEntity(await this.systems.suspend(admin, input.clientId));
  }

  @Mutation(() => AgencySystem, {
    description: 'Adds a public key to a system (rotation: revoke the old one once the new one is in use).',
  })
  @Allow('admin')
  async addSystemKey(
    @CurrentPrincipal() admin: OperatorPrincipal,
    @Args('input') input: AddSystemKeyInput,
  ): Promise<AgencySystem> {
    return AgencySystem.fromEntity(await this.systems.addKey(admin, input.clientId, input.jwk));
  }

  @Mutation(() => AgencySystem, {
    description: 'Revokes a key at once; it stays listed as revoked and cannot be made active again.',
  })
  @Allow('admin')
  async revokeSystemKey(
    @CurrentPrincipal() admin: OperatorPrincipal,
    @Args('input') input: RevokeSystemKeyInput,
  ): Promise<AgencySystem> {
    return AgencySystem.fromEntity(await this.systems.revokeKey(admin, input.clientId, input.kid));
  }
}
