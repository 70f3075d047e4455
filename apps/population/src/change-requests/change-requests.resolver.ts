import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentSteward, type StewardPrincipal } from '@app/auth';
import { ChangeRequestEntity } from './change-request.entity';
import { ChangeRequest } from './change-request.model';
import { ChangeRequestsService } from './change-requests.service';
import {
  DecideChangeRequestInput,
  RequestIdentityCorrectionInput,
  RequestMergeInput,
  RequestVitalStatusChangeInput,
} from './dto/change-request.inputs';
import { ChangeRequestCountArgs, ChangeRequestsArgs } from './dto/change-requests.args';

/** Sensitive changes under the four-eyes rule: identity corrections, vital status, merges. */
@Resolver(() => ChangeRequest)
export class ChangeRequestsResolver {
  constructor(private readonly requests: ChangeRequestsService) {}

  @Mutation(() => ChangeRequest, {
    description: 'Asks for a correction of identity fields; a second steward approves.',
  })
  async requestIdentityCorrection(
    @CurrentSteward() steward: StewardPrincipal,
    @Args('input') input: RequestIdentityCorrectionInput,
  ): Promise<ChangeRequest> {
    return this.toModel(await this.requests.requestIdentityCorrection(steward, input));
  }

  @Mutation(() => ChangeRequest, { description: 'Asks for a change of vital status; a second steward approves.' })
  async requestVitalStatusChange(
    @CurrentSteward() steward: StewardPrincipal,
    @Args('input') input: RequestVitalStatusChangeInput,
  ): Promise<ChangeRequest> {
    return this.toModel(await this.requests.requestVitalStatusChange(steward, input));
  }

  @Mutation(() => ChangeRequest, {
    description: 'Asks to merge a duplicate into a survivor; a second steward approves.',
  })
  async requestMerge(
    @CurrentSteward() steward: StewardPrincipal,
    @Args('input') input: RequestMergeInput,
  ): Promise<ChangeRequest> {
    return this.toModel(await this.requests.requestMerge(steward, input));
  }

  @Mutation(() => ChangeRequest, {
    description: 'Approves and applies a pending change (not by the steward who asked).',
  })
  async approveChangeRequest(
    @CurrentSteward() steward: StewardPrincipal,
    @Args('input') input: DecideChangeRequestInput,
  ): Promise<ChangeRequest> {
    return this.toModel(await this.requests.approve(steward, input));
  }

  @Mutation(() => ChangeRequest, { description: 'Rejects a pending change.' })
  async rejectChangeRequest(
    @CurrentSteward() steward: StewardPrincipal,
    @Args('input') input: DecideChangeRequestInput,
  ): Promise<ChangeRequest> {
    return this.toModel(await this.requests.reject(steward, input));
  }

  @Query(() => [ChangeRequest], { description: 'Change requests by status, oldest first (stewards).' })
  async changeRequests(@Args() args: ChangeRequestsArgs): Promise<ChangeRequest[]> {
    const requests = await this.requests.list(args.status, args.first);
    return Promise.all(requests.map((request) => this.toModel(request)));
  }

  @Query(() => Int, { description: 'How many change requests have the status, however many `changeRequests` returns.' })
  changeRequestCount(@Args() args: ChangeRequestCountArgs): Promise<number> {
    return this.requests.count(args.status);
  }

  private async toModel(request: ChangeRequestEntity): Promise<ChangeRequest> {
    const personalIdNumber = await this.requests.personalIdNumberOf(request.citizenId);
    return {
      id: request.id,
      kind: request.kind,
      personalIdNumber,
      baseVersion: request.baseVersion,
      changes: JSON.stringify(request.changes),
      reason: request.reason,
      requestedBy: request.requestedBy,
      requestedAt: request.requestedAt,
      status: request.status,
      decidedBy: request.decidedBy,
      decidedAt: request.decidedAt,
      decisionNote: request.decisionNote,
    };
  }
}
