import { ArgsType, Field } from '@nestjs/graphql';
import { IsPersonalIdNumber } from '@app/identifiers';

@ArgsType()
export class CitizenArgs {
  @Field({ description: 'Personal ID number, 12 digits.' })
  @IsPersonalIdNumber()
  personalIdNumber: string;
}
