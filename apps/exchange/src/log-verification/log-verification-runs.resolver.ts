import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type OperatorPrincipal } from '@app/auth';
import { LogVerificationRunsArgs } from './dto/log-verification-runs.args';
import { LogVerificationRun } from './log-verification-run.model';
import { LogVerificationRunsService } from './log-verification-runs.service';

@Resolver()
export class LogVerificationRunsResolver {
  constructor(private readonly runs: LogVerificationRunsService) {}

  @Query(() => [LogVerificationRun], {
    description: 'When npm run verify-log checked the whole log, and what it said, newest first (auditors).',
  })
  logVerificationRuns(
    @CurrentPrincipal() auditor: OperatorPrincipal,
    @Args() args: LogVerificationRunsArgs,
  ): Promise<LogVerificationRun[]> {
    return this.runs.newest(auditor, args.first);
  }
}
