import { Directive, Field, ObjectType } from '@nestjs/graphql';
import { DataSubject } from '@app/access';

/**
 * A citizen as this subgraph knows one: by key, plus where the person represents or owns
 * an enterprise. The population subgraph resolves every other field, under its own rules.
 */
@ObjectType('Citizen')
@DataSubject('Citizen', 'citizen', 'personalIdNumber')
@Directive('@key(fields: "personalIdNumber")')
export class CitizenReference {
  @Field()
  personalIdNumber: string;
}

@ObjectType('EnterpriseRole', { description: 'Where a person is a legal representative or an owner.' })
export class EnterpriseRoleModel {
  @Field({ description: 'legal_representative or owner.' })
  role: string;

  @Field(() => String, { nullable: true, description: 'The title, for a legal representative.' })
  title: string | null;

  @Field(() => String, { nullable: true, description: 'VND, for an owner.' })
  capitalContribution: string | null;

  @Field({ description: 'The enterprise code.' })
  enterpriseCode: string;
}
