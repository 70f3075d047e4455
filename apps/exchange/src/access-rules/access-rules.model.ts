import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '@app/validation';
import { AccessLogCitation } from '@app/access';
import { ConsentStatusValue } from '../consents/consent.model';

@ObjectType('AccessRulePurpose', { description: 'A purpose of the catalogue, in the words a citizen reads.' })
export class AccessRulePurpose {
  @Field({ description: 'e.g. TAX_ADMINISTRATION.' })
  code: string;

  @Field()
  textVi: string;

  @Field()
  textEn: string;
}

@ObjectType('LawAccessRule', { description: 'An agreement in force: an agency may read the category by law.' })
export class LawAccessRule {
  @Field({ description: 'e.g. DSA-2026-0001.' })
  agreementNumber: string;

  @Field(() => Int, { description: 'The version in force.' })
  agreementVersion: number;

  @Field({ description: 'e.g. BHXH.' })
  agencyCode: string;

  @Field({ description: "The agency's name in Vietnamese." })
  agencyName: string;

  @Field(() => [AccessRulePurpose], { description: 'What it may read for.' })
  purposes: AccessRulePurpose[];

  @Field(() => AccessLogCitation, { description: 'The legal provision the agreement rests on.' })
  citation: AccessLogCitation;

  @Field(() => DateTimeScalar)
  validFrom: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'null: until withdrawn.' })
  validTo: Date | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Covert reads (police, security): its reads stay sealed in your log this many days; null: shown at once.',
  })
  sealedDisclosureDays: number | null;
}

@ObjectType('ConsentAccessRule', { description: 'One of your consents that covers the category (active or paused).' })
export class ConsentAccessRule {
  @Field(() => ID)
  consentId: string;

  @Field()
  agencyCode: string;

  @Field({ description: "The agency's name in Vietnamese." })
  agencyName: string;

  @Field(() => AccessRulePurpose)
  purpose: AccessRulePurpose;

  @Field(() => ConsentStatusValue, { description: 'ACTIVE: it may read; PAUSED: not until you resume it.' })
  status: ConsentStatusValue;

  @Field(() => DateTimeScalar)
  validFrom: Date;

  @Field(() => DateTimeScalar)
  validTo: Date;
}

@ObjectType('CategoryAccessRules', {
  description: 'For one category of your data: who may read it by law, and who by your consent.',
})
export class CategoryAccessRules {
  @Field({ description: 'The data category, e.g. population.residence.' })
  category: string;

  @Field({ description: 'What it holds, in Vietnamese.' })
  textVi: string;

  @Field({ description: 'What it holds, in English.' })
  textEn: string;

  @Field(() => [LawAccessRule], { description: 'Agreements in force that cover it, by agency.' })
  byLaw: LawAccessRule[];

  @Field(() => [ConsentAccessRule], { description: 'Your active and paused consents that cover it.' })
  byConsent: ConsentAccessRule[];
}
