import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AccessLogArgs, AccessLogConnection, LogCheckpoint, logCheckpointOf } from '@app/access';
import { CursorCodec } from '@app/pagination';
import { CurrentPrincipal, type CitizenPrincipal, type OperatorPrincipal, type Principal } from '@app/auth';
import { AccessLogQueriesService } from './access-log-queries.service';
import { AccessLogReport, AccessRecord, AccessRecordConnection } from './access-record.model';
import { AccessLogReportArgs, AccessRecordsArgs, LogConsistencyArgs } from './dto/access-log-queries.args';
import { LogConsistency } from './log-consistency.model';

@Resolver()
export class AccessLogResolver {
  constructor(
    private readonly accessLog: AccessLogQueriesService,
    private readonly cursors: CursorCodec,
  ) {}

  @Query(() => AccessLogConnection, {
    description:
      'Who read your data, when, why and on what basis, across both registries, newest first; with withProofs, proof that each entry is in the signed log.',
  })
  myAccessLog(
    @CurrentPrincipal() citizen: CitizenPrincipal,
    @Args() args: AccessLogArgs,
  ): Promise<AccessLogConnection> {
    return this.accessLog.myAccessLog(citizen, args);
  }

  @Query(() => AccessRecordConnection, {
    description: "Access records in full, newest first: auditors any (sealed too); an agency its own agency's only.",
  })
  async accessRecords(
    @CurrentPrincipal() caller: Principal,
    @Args() args: AccessRecordsArgs,
  ): Promise<AccessRecordConnection> {
    const page = await this.accessLog.accessRecords(caller, {
      agencyCode: args.agencyCode ?? null,
      purpose: args.purpose ?? null,
      subject: args.subject ?? null,
      outcome: args.outcome ?? null,
      from: args.from,
      to: args.to,
      first: args.first,
      after: args.after ?? null,
    });
    const last = page.rows[page.rows.length - 1];
    return {
      nodes: page.rows.map((row) => AccessRecord.fromRow(row)),
      pageInfo: {
        endCursor: last ? this.cursors.encode('accessLog', { at: last.position_at, seq: last.seq }) : null,
        hasNextPage: page.hasNextPage,
      },
    };
  }

  @Query(() => AccessLogReport, {
    description: 'How much was released and refused in a period, of how many subjects, by category (auditors).',
  })
  async accessLogReport(
    @CurrentPrincipal() operator: OperatorPrincipal,
    @Args() args: AccessLogReportArgs,
  ): Promise<AccessLogReport> {
    const filter = { agencyCode: args.agencyCode ?? null, purpose: args.purpose ?? null, from: args.from, to: args.to };
    return { ...filter, ...(await this.accessLog.report(operator, filter)) };
  }

  @Query(() => LogConsistency, {
    description:
      'Proof (RFC 6962) that the signed checkpoint of toSize records extends the one of fromSize: keep the newest checkpoint you saw, and check each later one against it. Public: it names no one.',
  })
  logConsistency(@Args() args: LogConsistencyArgs): Promise<LogConsistency> {
    return this.accessLog.logConsistency(Number(args.fromSize), Number(args.toSize));
  }

  @Mutation(() => LogCheckpoint, {
    nullable: true,
    description:
      'Signs a checkpoint of the access log now (null while the log is empty); it is also signed periodically.',
  })
  async createLogCheckpoint(@CurrentPrincipal() operator: OperatorPrincipal): Promise<LogCheckpoint | null> {
    const checkpoint = await this.accessLog.createCheckpoint(operator);
    return checkpoint ? logCheckpointOf(checkpoint) : null;
  }
}
