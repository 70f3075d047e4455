import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar } from '@app/validation';
import { PageInfo } from '@app/pagination';

export enum FetchTypeValue {
  ONE_TIME = 'one_time',
  PERIODIC = 'periodic',
}
registerEnumType(FetchTypeValue, {
  name: 'ConsentFetchType',
  description: 'ONE_TIME: spent after the first read. PERIODIC: reads up to a daily cap within the window.',
});

export enum ConsentRequestStatusValue {
  PENDING = 'pending',
  GRANTED = 'granted',
  REFUSED = 'refused',
  EXPIRED = 'expired',
  WITHDRAWN = 'withdrawn',
}
registerEnumType(ConsentRequestStatusValue, {
  name: 'ConsentRequestStatus',
  description: 'EXPIRED: unanswered by its answer-by time (silence is not consent).',
});

export enum ConsentStatusValue {
  ACTIVE = 'active',
  PAUSED = 'paused',
  REVOKED = 'revoked',
  SPENT = 'spent',
  EXPIRED = 'expired',
}
registerEnumType(ConsentStatusValue, {
  name: 'ConsentStatus',
  description: 'SPENT: a one-time consent after its read. EXPIRED: its window has ended.',
});

export enum ConsentEventValue {
  GRANTED = 'granted',
  PAUSED = 'paused',
  RESUMED = 'resumed',
  REVOKED = 'revoked',
}
registerEnumType(ConsentEventValue, { name: 'ConsentEvent' });

@ObjectType('ConsentAgency', { description: 'The agency that asks, by code and Vietnamese name.' })
export class ConsentAgency {
  @Field()
  code: string;

  @Field({ description: 'What the citizen reads.' })
  nameVi: string;
}

@ObjectType('ConsentPurpose', { description: 'The purpose, by code and the text the citizen reads.' })
export class ConsentPurpose {
  @Field()
  code: string;

  @Field()
  textVi: string;
}

@ObjectType('ConsentRequest', { description: "An agency's request for a citizen's consent." })
export class ConsentRequest {
  @Field(() => ID)
  id: string;

  @Field(() => ConsentAgency)
  agency: ConsentAgency;

  @Field(() => ConsentPurpose)
  purpose: ConsentPurpose;

  @Field()
  personalIdNumber: string;

  @Field(() => [String], { description: 'Data categories asked for.' })
  categories: string[];

  @Field(() => DateTimeScalar)
  validFrom: Date;

  @Field(() => DateTimeScalar)
  validTo: Date;

  @Field(() => FetchTypeValue)
  fetchType: FetchTypeValue;

  @Field(() => Int, { nullable: true, description: 'PERIODIC only: reads a day at most.' })
  maxReadsPerDay: number | null;

  @Field(() => Int, { description: 'Days the agency may keep what it reads.' })
  dataLifeDays: number;

  @Field(() => ConsentRequestStatusValue)
  status: ConsentRequestStatusValue;

  @Field(() => DateTimeScalar)
  requestedAt: Date;

  @Field(() => DateTimeScalar, { description: 'Unanswered by then, the request expires.' })
  answerBy: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  decidedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The consent given, if granted.' })
  consentId: string | null;
}

@ObjectType('Consent', { description: "A citizen's consent: what an agency may read, for what, until when." })
export class Consent {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  requestId: string;

  @Field(() => ConsentAgency)
  agency: ConsentAgency;

  @Field(() => ConsentPurpose)
  purpose: ConsentPurpose;

  @Field()
  personalIdNumber: string;

  @Field(() => [String], { description: 'Data categories granted (part or all of those asked).' })
  categories: string[];

  @Field(() => DateTimeScalar)
  validFrom: Date;

  @Field(() => DateTimeScalar)
  validTo: Date;

  @Field(() => FetchTypeValue)
  fetchType: FetchTypeValue;

  @Field(() => Int, { nullable: true })
  maxReadsPerDay: number | null;

  @Field(() => Int)
  dataLifeDays: number;

  @Field(() => ConsentStatusValue)
  status: ConsentStatusValue;

  @Field(() => DateTimeScalar)
  grantedAt: Date;

  @Field(() => DateTimeScalar)
  updatedAt: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  revokedAt: Date | null;

  @Field(() => Int, { description: 'Reads made through this consent.' })
  useCount: number;

  @Field(() => DateTimeScalar, { nullable: true })
  lastUsedAt: Date | null;
}

@ObjectType('ConsentReceipt', { description: 'A signed receipt of one consent event, verifiable offline.' })
export class ConsentReceipt {
  @Field(() => ID, { description: "Also the JWS's jti." })
  id: string;

  @Field(() => ID)
  consentId: string;

  @Field(() => ConsentEventValue)
  event: ConsentEventValue;

  @Field(() => DateTimeScalar)
  issuedAt: Date;

  @Field({ description: 'The receipt: a JWS (typ consent-receipt+jwt) by a key of /.well-known/jwks.json.' })
  jws: string;
}

@ObjectType('ConsentChange', { description: 'A consent after a grant, pause, resume or revocation, with its receipt.' })
export class ConsentChange {
  @Field(() => Consent)
  consent: Consent;

  @Field(() => ConsentReceipt)
  receipt: ConsentReceipt;
}

@ObjectType('ConsentRequestConnection')
export class ConsentRequestConnection {
  @Field(() => [ConsentRequest])
  nodes: ConsentRequest[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@ObjectType('ConsentConnection')
export class ConsentConnection {
  @Field(() => [Consent])
  nodes: Consent[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}
