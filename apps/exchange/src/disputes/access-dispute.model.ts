import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AccessLogEntry } from '@app/access';
import { DateTimeScalar } from '@app/validation';
import { PageInfo } from '@app/pagination';
import { AccessRecord } from '../access-log/access-record.model';

export enum AccessDisputeStatusValue {
  OPEN = 'open',
  UNDER_REVIEW = 'under_review',
  ANSWERED = 'answered',
  UPHELD = 'upheld',
  REJECTED = 'rejected',
}
registerEnumType(AccessDisputeStatusValue, {
  name: 'AccessDisputeStatus',
  description:
    'OPEN → UNDER_REVIEW (an auditor took it up) → ANSWERED (explained), UPHELD (the read was wrong) or REJECTED (the read had its basis).',
});

export enum AccessDisputeOutcomeValue {
  ANSWERED = 'answered',
  UPHELD = 'upheld',
  REJECTED = 'rejected',
}
registerEnumType(AccessDisputeOutcomeValue, {
  name: 'AccessDisputeOutcome',
  description: 'How an auditor decides a dispute: final.',
});

export enum DisputeChangedByValue {
  CITIZEN = 'citizen',
  AUDITOR = 'auditor',
}
registerEnumType(DisputeChangedByValue, { name: 'AccessDisputeChangedBy' });

@ObjectType('AccessDisputeVersion', { description: 'One state of a dispute, who wrote it and when.' })
export class AccessDisputeVersion {
  @Field(() => Int)
  version: number;

  @Field(() => AccessDisputeStatusValue)
  status: AccessDisputeStatusValue;

  @Field()
  text: string;

  @Field(() => String, { nullable: true })
  answer: string | null;

  @Field(() => DisputeChangedByValue)
  changedByKind: DisputeChangedByValue;

  @Field({ description: "The citizen's personal ID number, or the auditor's id." })
  changedBy: string;

  @Field(() => DateTimeScalar)
  changedAt: Date;

  @Field(() => String, {
    nullable: true,
    description: 'The request that wrote it: the registry’s logs carry the same id.',
  })
  requestId: string | null;

  @Field({
    description:
      'This state signed by the registry: a JWS (typ access-dispute-receipt+jwt) that verifies with /.well-known/jwks.json.',
  })
  receipt: string;
}

@ObjectType('AccessDispute', {
  description: '"I do not recognise this read": a citizen\'s dispute of one entry of their access log, and its answer.',
})
export class AccessDispute {
  @Field(() => ID)
  id: string;

  @Field({ description: "The disputed entry's seq (AccessLogEntry.seq, AccessRecord.seq)." })
  entrySeq: string;

  @Field({ description: 'The citizen who disputes it.' })
  personalIdNumber: string;

  @Field({ description: "The citizen's text." })
  text: string;

  @Field(() => AccessDisputeStatusValue)
  status: AccessDisputeStatusValue;

  @Field(() => String, { nullable: true, description: "The auditor's answer, once decided." })
  answer: string | null;

  @Field(() => String, { nullable: true, description: 'The auditor who took it up.' })
  reviewedBy: string | null;

  @Field(() => String, { nullable: true, description: 'The auditor who decided it.' })
  decidedBy: string | null;

  @Field(() => DateTimeScalar)
  openedAt: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  reviewedAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  decidedAt: Date | null;

  @Field(() => DateTimeScalar)
  updatedAt: Date;

  @Field(() => Int, { description: 'Pass as expectedVersion to change it.' })
  version: number;

  @Field(() => AccessLogEntry, { description: "The disputed entry as the citizen's tracker shows it." })
  entry: AccessLogEntry;

  @Field(() => AccessRecord, {
    nullable: true,
    description: 'The disputed entry in full (who read, agency, purpose, basis): for auditors; null for the citizen.',
  })
  accessRecord: AccessRecord | null;

  @Field(() => [AccessDisputeVersion], {
    description: 'Every state it has had, oldest first; the last is the current one.',
  })
  history: AccessDisputeVersion[];
}

@ObjectType('AccessDisputeConnection', { description: 'Access disputes, oldest first: the queue to answer.' })
export class AccessDisputeConnection {
  @Field(() => [AccessDispute])
  nodes: AccessDispute[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}
