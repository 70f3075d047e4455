import { Field, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '@app/pagination';
import { Citizen } from '../records';

@ObjectType('CitizenConnection', { description: 'Citizens, a keyset page at a time.' })
export class CitizenConnection {
  @Field(() => [Citizen])
  nodes: Citizen[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}
