import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnterpriseCode } from '@app/identifiers';
import { ExplainAccessArgs } from '@app/policy';

@ArgsType()
export class ExplainEnterpriseAccessArgs extends ExplainAccessArgs {
  @Field({ description: 'Enterprise code, 10 digits with a check digit.' })
  @IsEnterpriseCode()
  enterpriseCode: string;
}
