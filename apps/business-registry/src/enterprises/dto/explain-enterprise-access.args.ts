import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnterpriseCode } from '@app/identifiers';
import { ExplainAccessArgs } from '@app/access';

@ArgsType()
export class ExplainEnterpriseAccessArgs extends ExplainAccessArgs {
  @Field({ description: 'Enterprise code, 10 digits with a check digit.' })
  @IsEnterpriseCode()
  enterpriseCode: string;
}
