import { ArgsType, Field, Int } from '@nestjs/graphql';
import { DateTimeScalar } from '@app/errors';
import { IsBoolean, IsDate, IsOptional, Max, Min } from 'class-validator';
import { IsCursor } from '@app/pagination';

/** The most entries one page of an access log holds. */
export const MAX_ACCESS_LOG_PAGE = 100;

/** A window of an access log, newest first, a page at a time. */
@ArgsType()
export class AccessLogArgs {
  @Field(() => DateTimeScalar, { description: 'From this time on (inclusive).' })
  @IsDate()
  from: Date;

  @Field(() => DateTimeScalar, { description: 'Up to this time (exclusive).' })
  @IsDate()
  to: Date;

  @Field(() => Int, { defaultValue: 20, description: `Page size, 1 to ${MAX_ACCESS_LOG_PAGE}.` })
  @Min(1)
  @Max(MAX_ACCESS_LOG_PAGE)
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsCursor()
  after?: string | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'With each entry, its leaf hash and inclusion proof against the newest signed checkpoint.',
  })
  @IsBoolean()
  withProofs: boolean = false;
}
