import { ArgsType, Field, Int } from '@nestjs/graphql';
import { Max, Min } from 'class-validator';

/** The most runs one request lists. */
export const MAX_LOG_VERIFICATION_RUNS = 100;

@ArgsType()
export class LogVerificationRunsArgs {
  @Field(() => Int, { defaultValue: 10, description: `How many, newest first: 1 to ${MAX_LOG_VERIFICATION_RUNS}.` })
  @Min(1)
  @Max(MAX_LOG_VERIFICATION_RUNS)
  first: number = 10;
}
