import { ArgsType, Field } from '@nestjs/graphql';
import { AccessLogArgs } from '@app/access';
import { IsEnterpriseCode } from '@app/identifiers';

@ArgsType()
export class EnterpriseAccessLogArgs extends AccessLogArgs {
  @Field({ description: 'Enterprise code, 10 digits with a check digit.' })
  @IsEnterpriseCode()
  enterpriseCode: string;
}
