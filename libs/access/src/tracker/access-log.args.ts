import { ArgsType, Field, Int, registerEnumType } from '@nestjs/graphql';
import { codedRule, DateTimeScalar } from '@app/validation';
import { IsBoolean, IsDate, IsEnum, IsOptional, Matches, Max, Min } from 'class-validator';
import { AGENCY_CODE_PATTERN } from '@app/auth';
import { IsCursor } from '@app/pagination';
import { dataCategory } from '../policy';

/** The most entries one page of an access log holds. */
export const MAX_ACCESS_LOG_PAGE = 100;

/** What released an entry: a law (an agreement) or the subject's consent. */
export enum AccessBasisKind {
  LAW = 'law',
  CONSENT = 'consent',
}
registerEnumType(AccessBasisKind, {
  name: 'AccessBasisKind',
  description:
    'LAW: entries with a category released under a data-sharing agreement; CONSENT: entries with a category released under your consent.',
});

/** A window of an access log, newest first, a page at a time, optionally narrowed. */
@ArgsType()
export class AccessLogArgs {
  @Field(() => DateTimeScalar, { description: 'From this time on (inclusive).' })
  @IsDate()
  from: Date;

  @Field(() => DateTimeScalar, { description: 'Up to this time (exclusive); later than from.' })
  @IsDate()
  to: Date;

  @Field(() => Int, { defaultValue: 20, description: `Page size, 1 to ${MAX_ACCESS_LOG_PAGE}.` })
  @Min(1)
  @Max(MAX_ACCESS_LOG_PAGE)
  first: number = 20;

  @Field(() => String, {
    nullable: true,
    description: 'The endCursor of the previous page, asked with the same agencyCode, category and basis.',
  })
  @IsOptional()
  @IsCursor()
  after?: string | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'With each entry, its leaf hash and inclusion proof against the newest signed checkpoint.',
  })
  @IsBoolean()
  withProofs: boolean = false;

  @Field(() => String, { nullable: true, description: 'Only reads by this agency, e.g. BHXH; omitted: every reader.' })
  @IsOptional()
  @Matches(AGENCY_CODE_PATTERN, { message: 'must be an agency code such as BHXH or BTC-CT-HN' })
  agencyCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only reads that released this data category, e.g. population.residence (UNKNOWN_CATEGORY otherwise).',
  })
  @IsOptional()
  @codedRule('UNKNOWN_CATEGORY', (value) =>
    typeof value === 'string' && dataCategory(value) ? null : `${JSON.stringify(value)} is not a known data category`,
  )
  category?: string | null;

  @Field(() => AccessBasisKind, { nullable: true, description: 'Only reads released by a law, or by a consent.' })
  @IsOptional()
  @IsEnum(AccessBasisKind)
  basis?: AccessBasisKind | null;
}
