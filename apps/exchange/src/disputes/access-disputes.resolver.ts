import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type CitizenPrincipal, type OperatorPrincipal } from '@app/auth';
import { CursorCodec } from '@app/pagination';
import { AccessDispute, AccessDisputeConnection } from './access-dispute.model';
import { AccessDisputesService } from './access-disputes.service';
import {
  AccessDisputeIdArgs,
  AccessDisputesArgs,
  AnswerAccessDisputeInput,
  DisputeAccessEntryInput,
  ReviewAccessDisputeInput,
} from './dto/access-dispute.inputs';

/**
 * Disputes of access-log entries: citizens open and follow their own; auditors, and no one
 * else, list, take up and decide them.
 */
@Resolver()
export class AccessDisputesResolver {
  constructor(
    private readonly disputes: AccessDisputesService,
    private readonly cursors: CursorCodec,
  ) {}

  @Mutation(() => AccessDispute, {
    description:
      '"I do not recognise this read": disputes one entry of your own access log (ACCESS_ENTRY_NOT_FOUND otherwise); one open dispute per entry.',
  })
  disputeAccessEntry(
    @CurrentPrincipal() citizen: CitizenPrincipal,
    @Args('input') input: DisputeAccessEntryInput,
  ): Promise<AccessDispute> {
    return this.disputes.open(citizen, input.seq, input.text);
  }

  @Query(() => [AccessDispute], { description: 'Your disputes of your access log, newest first.' })
  myDisputes(@CurrentPrincipal() citizen: CitizenPrincipal): Promise<AccessDispute[]> {
    return this.disputes.mine(citizen);
  }

  @Query(() => AccessDisputeConnection, {
    description:
      'Disputes of access-log entries, oldest first, with each disputed record in full (auditors; the read is logged).',
  })
  async accessDisputes(
    @CurrentPrincipal() auditor: OperatorPrincipal,
    @Args() args: AccessDisputesArgs,
  ): Promise<AccessDisputeConnection> {
    const page = await this.disputes.list(auditor, {
      status: args.status ?? null,
      first: args.first,
      after: args.after ? this.cursors.decode('dispute', args.after) : null,
    });
    return {
      nodes: page.disputes,
      pageInfo: {
        endCursor: page.end ? this.cursors.encode('dispute', page.end) : null,
        hasNextPage: page.hasNextPage,
      },
    };
  }

  @Query(() => AccessDispute, {
    description: 'One dispute, with the disputed record in full (auditors; the read is logged).',
  })
  accessDispute(
    @CurrentPrincipal() auditor: OperatorPrincipal,
    @Args() args: AccessDisputeIdArgs,
  ): Promise<AccessDispute> {
    return this.disputes.get(auditor, args.id);
  }

  @Mutation(() => AccessDispute, { description: 'Takes an OPEN dispute up: UNDER_REVIEW (auditors).' })
  reviewAccessDispute(
    @CurrentPrincipal() auditor: OperatorPrincipal,
    @Args('input') input: ReviewAccessDisputeInput,
  ): Promise<AccessDispute> {
    return this.disputes.review(auditor, input.id, input.expectedVersion);
  }

  @Mutation(() => AccessDispute, {
    description:
      'Decides a dispute UNDER_REVIEW: ANSWERED, UPHELD or REJECTED, with the answer the citizen reads (auditors).',
  })
  answerAccessDispute(
    @CurrentPrincipal() auditor: OperatorPrincipal,
    @Args('input') input: AnswerAccessDisputeInput,
  ): Promise<AccessDispute> {
    return this.disputes.answer(auditor, input.id, input.expectedVersion, input.outcome, input.answer);
  }
}
