import { Directive, Field, ObjectType } from '@nestjs/graphql';

/** Both registries answer explain queries with these types, hence @shareable. */
@ObjectType('FieldAccess', { description: 'Whether one field would be released, and why.' })
@Directive('@shareable')
export class FieldAccess {
  @Field({ description: 'Type.field, e.g. Citizen.phone.' })
  field: string;

  @Field({ description: 'Its data category, e.g. population.contact.' })
  category: string;

  @Field()
  allowed: boolean;

  @Field(() => String, { nullable: true, description: 'AGREEMENT, CONSENT, SELF or STEWARD, when allowed.' })
  basis: string | null;

  @Field(() => String, { nullable: true, description: 'The agreement number and version, when one allows it.' })
  agreement: string | null;

  @Field(() => String, { nullable: true, description: 'The legal citation of that agreement.' })
  legalBasis: string | null;

  @Field(() => String, { nullable: true, description: 'The consent, when one allows it.' })
  consentId: string | null;

  @Field(() => String, { nullable: true, description: 'Why it would be withheld (a stable code).' })
  reason: string | null;

  @Field(() => String, { nullable: true })
  message: string | null;
}

@ObjectType('AccessExplanation', { description: 'What a caller would get of one record for one purpose; no data.' })
@Directive('@shareable')
export class AccessExplanation {
  @Field(() => String, { nullable: true, description: 'The purpose explained (agencies).' })
  purpose: string | null;

  @Field(() => [FieldAccess])
  fields: FieldAccess[];
}
