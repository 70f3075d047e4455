import { ArgsType, Field } from '@nestjs/graphql';
import { DateTimeScalar } from '@app/validation';
import { IsDate, IsOptional } from 'class-validator';
import { IsPersonalIdNumber } from '@app/identifiers';

@ArgsType()
export class CitizenArgs {
  @Field({ description: 'Personal ID number, 12 digits.' })
  @IsPersonalIdNumber()
  personalIdNumber: string;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Answer as the registry knew the record at this time.',
  })
  @IsOptional()
  @IsDate()
  asOf?: Date | null;
}
