import { ArgsType, Field } from '@nestjs/graphql';
import { Matches } from 'class-validator';

@ArgsType()
export class EnterpriseArgs {
  @Field({ description: 'Enterprise code, 10 digits.' })
  @Matches(/^\d{10}$/, { message: 'must be an enterprise code of 10 digits' })
  enterpriseCode: string;
}
