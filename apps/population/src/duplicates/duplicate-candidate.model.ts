import { Field, ObjectType } from '@nestjs/graphql';
import { Citizen } from '../records';

@ObjectType('DuplicateCandidate', { description: 'Two records that may be one person.' })
export class DuplicateCandidate {
  @Field({ description: 'SAME_NAME_BIRTH_DATE_AND_PLACE or SAME_OLD_ID_NUMBER.' })
  reason: string;

  @Field(() => [Citizen])
  citizens: Citizen[];
}
