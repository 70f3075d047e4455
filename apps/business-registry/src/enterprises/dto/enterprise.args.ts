import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnterpriseCode } from '@app/identifiers';

@ArgsType()
export class EnterpriseArgs {
  @Field({ description: 'Enterprise code, 10 digits with a check digit.' })
  @IsEnterpriseCode()
  enterpriseCode: string;
}
