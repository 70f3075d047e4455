import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { codedRule, RegistryText } from '@app/validation';
import { PageArgs } from '../../agencies/dto/agencies.args';
import { MAX_DISPUTE_TEXT } from '../access-dispute.entity';
import { AccessDisputeOutcomeValue, AccessDisputeStatusValue } from '../access-dispute.model';

const MAX_SEQ = 2n ** 63n - 1n;

/** A log position as AccessLogEntry.seq gives it: a decimal integer a bigint holds. */
function IsLogSeq(): PropertyDecorator {
  return codedRule('BAD_USER_INPUT', (value) =>
    typeof value === 'string' && /^(0|[1-9]\d{0,18})$/.test(value) && BigInt(value) <= MAX_SEQ
      ? null
      : "must be an entry's seq, as the access log gives it (a decimal integer)",
  );
}

/** A version a dispute can have. */
function IsVersion(): PropertyDecorator {
  return codedRule('BAD_USER_INPUT', (value) =>
    Number.isInteger(value) && (value as number) >= 1 ? null : 'must be a version number, 1 or more',
  );
}

@InputType('DisputeAccessEntryInput', { description: 'An entry of your access log you do not recognise, and why.' })
export class DisputeAccessEntryInput {
  @Field({ description: "The entry's seq, as myAccessLog(withProofs: true) gives it." })
  @IsLogSeq()
  seq: string;

  @Field({
    description: `What you want the auditors to know, 1 to ${MAX_DISPUTE_TEXT} characters; line breaks allowed.`,
  })
  @RegistryText(MAX_DISPUTE_TEXT, { lineBreaks: true })
  text: string;
}

@InputType('ReviewAccessDisputeInput')
export class ReviewAccessDisputeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of an access dispute' })
  id: string;

  @Field(() => Int, { description: 'The version you read: a dispute changed since is refused (STALE_VERSION).' })
  @IsVersion()
  expectedVersion: number;
}

@InputType('AnswerAccessDisputeInput')
export class AnswerAccessDisputeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of an access dispute' })
  id: string;

  @Field(() => Int, { description: 'The version you read: a dispute changed since is refused (STALE_VERSION).' })
  @IsVersion()
  expectedVersion: number;

  @Field(() => AccessDisputeOutcomeValue)
  @IsEnum(AccessDisputeOutcomeValue)
  outcome: AccessDisputeOutcomeValue;

  @Field({ description: `The answer the citizen reads, 1 to ${MAX_DISPUTE_TEXT} characters; line breaks allowed.` })
  @RegistryText(MAX_DISPUTE_TEXT, { lineBreaks: true })
  answer: string;
}

@ArgsType()
export class AccessDisputesArgs extends PageArgs {
  @Field(() => AccessDisputeStatusValue, { nullable: true, description: 'Omitted: every status.' })
  @IsOptional()
  @IsEnum(AccessDisputeStatusValue)
  status?: AccessDisputeStatusValue | null;
}

@ArgsType()
export class AccessDisputeIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of an access dispute' })
  id: string;
}
