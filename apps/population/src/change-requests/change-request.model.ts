import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '@app/validation';

@ObjectType('ChangeRequest', { description: 'A sensitive change waiting for, or decided by, a second steward.' })
export class ChangeRequest {
  @Field(() => ID)
  id: string;

  @Field({ description: 'identity, vital_status or merge.' })
  kind: string;

  @Field({ description: 'The record the change is for.' })
  personalIdNumber: string;

  @Field(() => Int, { description: 'The version the change is based on.' })
  baseVersion: number;

  @Field({ description: 'The requested values, as JSON.' })
  changes: string;

  @Field()
  reason: string;

  @Field()
  requestedBy: string;

  @Field(() => DateTimeScalar)
  requestedAt: Date;

  @Field({ description: 'pending, approved, rejected or superseded (the record moved on before approval).' })
  status: string;

  @Field(() => String, { nullable: true })
  decidedBy: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true })
  decisionNote: string | null;
}
