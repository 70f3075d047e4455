import { Directive, Field, ObjectType } from '@nestjs/graphql';

/**
 * A citizen as this subgraph knows one: by key only. The population subgraph resolves
 * every other field, under its own rules.
 */
@ObjectType('Citizen')
@Directive('@key(fields: "personalIdNumber", resolvable: false)')
export class CitizenReference {
  @Field()
  personalIdNumber: string;
}
