import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, Min, ValidateNested } from 'class-validator';
import { RegistryText } from '@app/validation';
import { IsPersonalIdNumber } from '@app/identifiers';
import { CitizenDetailsInput } from './citizen-details.input';

@InputType('CorrectCitizenInput')
export class CorrectCitizenInput {
  @Field()
  @IsPersonalIdNumber()
  personalIdNumber: string;

  @Field(() => Int, { description: 'The version the correction is based on; a newer one is refused (STALE_VERSION).' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => CitizenDetailsInput)
  @ValidateNested()
  @Type(() => CitizenDetailsInput)
  changes: CitizenDetailsInput;

  @Field({ description: 'Why the record is corrected; kept with the version.' })
  @RegistryText(500)
  reason: string;
}
