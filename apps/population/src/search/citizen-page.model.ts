import { Field, ObjectType } from '@nestjs/graphql';
import { Citizen } from '../records';

@ObjectType('CitizenPage')
export class CitizenPage {
  @Field(() => [Citizen])
  nodes: Citizen[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor: string | null;

  @Field()
  hasNextPage: boolean;
}
