import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar } from '@app/validation';
import { accessLogBasesOf, AccessLogBasis, type AccessRecordRow } from '@app/access';
import { PageInfo } from '@app/pagination';

export enum AccessOutcomeValue {
  RELEASED = 'released',
  REFUSED = 'refused',
}
registerEnumType(AccessOutcomeValue, {
  name: 'AccessOutcome',
  description: 'RELEASED: data left the registry; REFUSED: fields were withheld (and why).',
});

export enum LogSubjectKindValue {
  CITIZEN = 'citizen',
  ENTERPRISE = 'enterprise',
}
registerEnumType(LogSubjectKindValue, { name: 'LogSubjectKind' });

@ObjectType('AccessRecord', {
  description: 'One line of the access log, in full: for auditors (sealed ones too) and, of its own reads, the agency.',
})
export class AccessRecord {
  @Field({ description: "The record's position in the log, its Merkle leaf index (a decimal integer)." })
  seq: string;

  @Field(() => DateTimeScalar)
  time: Date;

  @Field(() => AccessOutcomeValue)
  outcome: AccessOutcomeValue;

  @Field()
  requestId: string;

  @Field({ description: 'The subgraph that recorded it: population, business-registry.' })
  recordedBy: string;

  @Field({ description: 'agency, citizen, steward.' })
  callerKind: string;

  @Field({ description: "The agency's system, the citizen's number, registry/steward." })
  callerId: string;

  @Field(() => String, { nullable: true })
  agencyCode: string | null;

  @Field(() => String, { nullable: true, description: "The agency's name in Vietnamese." })
  agencyName: string | null;

  @Field(() => String, { nullable: true })
  officerId: string | null;

  @Field(() => String, { nullable: true })
  caseReference: string | null;

  @Field(() => String, { nullable: true })
  purpose: string | null;

  @Field(() => LogSubjectKindValue)
  subjectKind: LogSubjectKindValue;

  @Field({ description: 'Personal ID number or enterprise code.' })
  subjectId: string;

  @Field(() => [String])
  categories: string[];

  @Field(() => [String], { description: 'Released, or withheld for a refusal.' })
  fields: string[];

  @Field(() => [AccessLogBasis])
  bases: AccessLogBasis[];

  @Field(() => [String])
  consentIds: string[];

  @Field(() => DateTimeScalar, { nullable: true, description: 'A covert read: sealed to the citizen until then.' })
  sealedUntil: Date | null;

  @Field({ description: 'Released (or refused) in a lookup of many subjects at once.' })
  bulk: boolean;

  @Field({ description: 'SHA-256 of the released values, hex.' })
  valuesHash: string;

  @Field({ description: 'RFC 6962 leaf hash, base64url.' })
  leafHash: string;

  static fromRow(row: AccessRecordRow): AccessRecord {
    return {
      seq: row.seq,
      time: row.recorded_at,
      outcome: row.outcome as AccessOutcomeValue,
      requestId: row.request_id,
      recordedBy: row.recorded_by,
      callerKind: row.caller_kind,
      callerId: row.caller_id,
      agencyCode: row.agency_code,
      agencyName: row.agency_name_vi,
      officerId: row.officer_id,
      caseReference: row.case_reference,
      purpose: row.purpose,
      subjectKind: row.subject_kind as LogSubjectKindValue,
      subjectId: row.subject_id,
      categories: row.categories,
      fields: row.fields,
      bases: accessLogBasesOf(row.bases),
      consentIds: row.consent_ids,
      sealedUntil: row.sealed_until,
      bulk: row.bulk,
      valuesHash: row.values_hash,
      leafHash: row.leaf_hash.toString('base64url'),
    };
  }
}

@ObjectType('AccessRecordConnection', { description: 'Access records, newest first.' })
export class AccessRecordConnection {
  @Field(() => [AccessRecord])
  nodes: AccessRecord[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@ObjectType('CategoryCount')
export class CategoryCount {
  @Field()
  category: string;

  @Field(() => Int, { description: 'Records that released it.' })
  released: number;

  @Field(() => Int, { description: 'Records that withheld it.' })
  refused: number;
}

@ObjectType('DayCount', { description: "One day's counts of an access-log report." })
export class DayCount {
  @Field({ description: 'The day in Vietnam (UTC+07:00), YYYY-MM-DD.' })
  day: string;

  @Field(() => Int, { description: 'Records of data released that day.' })
  released: number;

  @Field(() => Int, { description: 'Records of fields refused that day.' })
  refused: number;
}

@ObjectType('AccessLogReport', { description: 'Counts over the access log for a period: for auditors.' })
export class AccessLogReport {
  @Field(() => DateTimeScalar)
  from: Date;

  @Field(() => DateTimeScalar)
  to: Date;

  @Field(() => String, { nullable: true, description: 'null: every agency.' })
  agencyCode: string | null;

  @Field(() => String, { nullable: true, description: 'null: every purpose.' })
  purpose: string | null;

  @Field(() => Int, { description: 'Records of data released (one per response and subject).' })
  released: number;

  @Field(() => Int, { description: 'Records of fields refused.' })
  refused: number;

  @Field(() => Int, { description: 'Subjects of whom something was released.' })
  distinctSubjects: number;

  @Field(() => [CategoryCount])
  byCategory: CategoryCount[];
}
