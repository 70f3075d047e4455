import { Field, ObjectType } from '@nestjs/graphql';
import type { PurposeEntity } from '@app/access';

@ObjectType('Purpose', { description: 'A purpose agencies read for, as agreements, tokens and consents name it.' })
export class Purpose {
  @Field({ description: 'Stable code, e.g. SOCIAL_INSURANCE_ENROLMENT.' })
  code: string;

  @Field({ description: 'What a citizen reads, in Vietnamese.' })
  textVi: string;

  @Field()
  textEn: string;

  @Field({
    description:
      "Agencies read for it on the citizen's consent: the token endpoint issues tokens for it without an agreement.",
  })
  consentBased: boolean;

  static fromEntity(entity: PurposeEntity): Purpose {
    return { code: entity.code, textVi: entity.textVi, textEn: entity.textEn, consentBased: entity.consentBased };
  }
}
