import { ArgsType, Field } from '@nestjs/graphql';
import { DateTimeScalar } from '@app/validation';
import { IsDate, IsOptional } from 'class-validator';
import { IsEnterpriseCode } from '@app/identifiers';

@ArgsType()
export class EnterpriseArgs {
  @Field({ description: 'Enterprise code, 10 digits with a check digit.' })
  @IsEnterpriseCode()
  enterpriseCode: string;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Answer as the registry knew the enterprise at this time.',
  })
  @IsOptional()
  @IsDate()
  asOf?: Date | null;
}
