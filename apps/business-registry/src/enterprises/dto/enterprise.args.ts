import { ArgsType, Field, GraphQLISODateTime } from '@nestjs/graphql';
import { IsDate, IsOptional } from 'class-validator';
import { IsEnterpriseCode } from '@app/identifiers';

@ArgsType()
export class EnterpriseArgs {
  @Field({ description: 'Enterprise code, 10 digits with a check digit.' })
  @IsEnterpriseCode()
  enterpriseCode: string;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Answer as the registry knew the enterprise at this time.',
  })
  @IsOptional()
  @IsDate()
  asOf?: Date | null;
}
