import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type OperatorPrincipal, type Principal } from '@app/auth';
import { AgencySystem, SystemKey } from './agency-system.model';
import { AgencySystemsService } from './agency-systems.service';
import {
  AddSystemKeyInput,
  AgencySystemInput,
  AgencySystemsArgs,
  ApproveSystemKeyInput,
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
  async agencySystems(@CurrentPrincipal() caller: Principal, @Args() args: AgencySystemsArgs): Promise<AgencySystem[]> {
    return (await this.systems.list(caller, args.agencyCode)).map((system) => AgencySystem.fromEntity(system));
  }

  @Mutation(() => AgencySystem, {
    description: 'Registers a system with its public keys, pending until a second administrator approves it.',
  })
  async registerAgencySystem(
    @CurrentPrincipal() admin: OperatorPrincipal,
    @Args('input') input: RegisterAgencySystemInput,
  ): Promise<AgencySystem> {
    return AgencySystem.fromEntity(await this.systems.register(admin, input));
  }

  @Mutation(() => AgencySystem, {
    description:
      'Approves a pending system (not by the administrator who registered it), or resumes a suspended one (not by the administrator who suspended it).',
  })
  async approveAgencySystem(
    @CurrentPrincipal() admin: OperatorPrincipal,
    @Args('input') input: AgencySystemInput,
  ): Promise<AgencySystem> {
    return AgencySystem.fromEntity(await this.systems.approve(admin, input.clientId));
  }

  @Mutation(() => AgencySystem, { description: 'Stops a system from getting tokens, at once.' })
  async suspendAgencySystem(
    @CurrentPrincipal() admin: OperatorPrincipal,
    @Args('input') input: AgencySystemInput,
  ): Promise<AgencySystem> {
    return AgencySystem.fromEntity(await this.systems.suspend(admin, input.clientId));
  }

  @Query(() => [SystemKey], {
    description:
      'Keys waiting for a second administrator, oldest first: to an administrator, those they may approve; to an auditor, all.',
  })
  async pendingSystemKeys(@CurrentPrincipal() caller: OperatorPrincipal): Promise<SystemKey[]> {
    return (await this.systems.pendingKeys(caller)).map((key) => SystemKey.fromEntity(key));
  }

  @Mutation(() => AgencySystem, {
    description:
      'Adds a public key to a system (rotation: revoke the old one once the new one is in use). The key is pending, and gets no token, until a different administrator approves it (approveSystemKey).',
  })
  async addSystemKey(
    @CurrentPrincipal() admin: OperatorPrincipal,
    @Args('input') input: AddSystemKeyInput,
  ): Promise<AgencySystem> {
    return AgencySystem.fromEntity(await this.systems.addKey(admin, input.clientId, input.jwk));
  }

  @Mutation(() => AgencySystem, {
    description:
      'Approves a pending key, making it usable at the token endpoint; not by the administrator who added it.',
  })
  async approveSystemKey(
    @CurrentPrincipal() admin: OperatorPrincipal,
    @Args('input') input: ApproveSystemKeyInput,
  ): Promise<AgencySystem> {
    return AgencySystem.fromEntity(await this.systems.approveKey(admin, input.clientId, input.kid));
  }

  @Mutation(() => AgencySystem, {
    description:
      'Revokes a key, active or pending, at once; it stays listed as revoked and cannot be made active again.',
  })
  async revokeSystemKey(
    @CurrentPrincipal() admin: OperatorPrincipal,
    @Args('input') input: RevokeSystemKeyInput,
  ): Promise<AgencySystem> {
    return AgencySystem.fromEntity(await this.systems.revokeKey(admin, input.clientId, input.kid));
  }
}
