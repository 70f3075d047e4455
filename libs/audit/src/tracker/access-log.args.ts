import { ArgsType, Field, GraphQLISODateTime, Int } from '@nestjs/graphql';
import { IsBoolean, IsDate, IsOptional, Matches, Max, Min } from 'class-validator';

/** The most entries one page of an access log holds. */
export const MAX_ACCESS_LOG_PAGE = 100;

/** A window of an access log, newest first, a page at a time. */
@ArgsType()
export class AccessLogArgs {
  @Field(() => GraphQLISODateTime, { description: 'From this time on (inclusive).' })
  @IsDate()
  from: Date;

  @Field(() => GraphQLISODateTime, { description: 'Up to this time (exclusive).' })
  @IsDate()
  to: Date;

  @Field(() => Int, { defaultValue: 20, description: `Page size, 1 to ${MAX_ACCESS_LOG_PAGE}.` })
  @Min(1)
  @Max(MAX_ACCESS_LOG_PAGE)
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,128}$/, { message: 'must be a cursor returned by a previous page' })
  after?: string | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'With each entry, its leaf hash and inclusion proof against the newest signed checkpoint.',
  })
  @IsBoolean()
  withProofs: boolean = false;
}
