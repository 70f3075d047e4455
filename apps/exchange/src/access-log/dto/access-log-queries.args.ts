import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { codedRule, DateTimeScalar } from '@app/validation';
import { Type } from 'class-transformer';
import { IsDate, IsEnum, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsCursor } from '@app/pagination';
import { AGENCY_CODE_PATTERN } from '@app/auth';
import { MAX_ACCESS_LOG_PAGE } from '@app/access';
import { AccessOutcomeValue, LogSubjectKindValue } from '../access-record.model';
import { LogConsistencyErrorCode } from '../log-consistency.errors';

const AGENCY_CODE_RULE = { message: 'must be an agency code such as BHXH or BTC-CT-HN' };

@ArgsType()
export class AccessLogReportArgs {
  @Field(() => String, { nullable: true, description: 'Omitted: every agency.' })
  @IsOptional()
  @Matches(AGENCY_CODE_PATTERN, AGENCY_CODE_RULE)
  agencyCode?: string | null;

  @Field(() => String, { nullable: true, description: 'A purpose code; omitted: every purpose.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  purpose?: string | null;

  @Field(() => DateTimeScalar, { description: 'From this time on (inclusive).' })
  @IsDate()
  from: Date;

  @Field(() => DateTimeScalar, { description: 'Up to this time (exclusive).' })
  @IsDate()
  to: Date;
}

@InputType('LogSubjectInput', { description: 'Whose records: a citizen or an enterprise.' })
export class LogSubjectInput {
  @Field(() => LogSubjectKindValue)
  @IsEnum(LogSubjectKindValue)
  kind: LogSubjectKindValue;

  @Field({ description: 'Personal ID number (12 digits) or enterprise code (10 digits).' })
  @Matches(/^[0-9]{10}([0-9]{2})?$/, { message: 'must be a personal ID number or an enterprise code' })
  id: string;
}

@ArgsType()
export class AccessRecordsArgs extends AccessLogReportArgs {
  @Field(() => LogSubjectInput, { nullable: true, description: 'Omitted: every subject.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LogSubjectInput)
  subject?: LogSubjectInput | null;

  @Field(() => AccessOutcomeValue, { nullable: true, description: 'Omitted: both.' })
  @IsOptional()
  @IsEnum(AccessOutcomeValue)
  outcome?: AccessOutcomeValue | null;

  @Field(() => Int, { defaultValue: 20, description: `Page size, 1 to ${MAX_ACCESS_LOG_PAGE}.` })
  @Min(1)
  @Max(MAX_ACCESS_LOG_PAGE)
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsCursor()
  after?: string | null;
}

/** A log size as text: a decimal integer JavaScript holds exactly (INVALID_LOG_SIZE otherwise). */
function IsLogSize(): PropertyDecorator {
  return codedRule(LogConsistencyErrorCode.INVALID_LOG_SIZE, (value) =>
    typeof value === 'string' && /^(0|[1-9]\d{0,15})$/.test(value) && Number.isSafeInteger(Number(value))
      ? null
      : 'must be a log size: a decimal integer such as 1024',
  );
}

@ArgsType()
export class LogConsistencyArgs {
  @Field({ description: 'The size of the older checkpoint, the one you saw before (a decimal integer).' })
  @IsLogSize()
  fromSize: string;

  @Field({ description: 'The size of the newer checkpoint (a decimal integer, at least fromSize).' })
  @IsLogSize()
  toSize: string;
}
