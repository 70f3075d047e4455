import { ArgsType, Field } from '@nestjs/graphql';
import { Matches } from 'class-validator';

@ArgsType()
export class CitizenArgs {
  @Field({ description: 'Personal ID number, 12 digits.' })
  @Matches(/^\d{12}$/, { message: 'must be a personal ID number of 12 digits' })
  personalIdNumber: string;
}
