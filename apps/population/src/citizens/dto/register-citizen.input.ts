import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { RegistryText } from '@app/errors';
import { IsPersonalIdNumber } from '@app/identifiers';
import { SexValue } from '../citizen.model';
import { CitizenDetailsInput } from './citizen-details.input';
import { PartialDateInput } from './partial-date.input';

@InputType('RegisterCitizenInput')
export class RegisterCitizenInput extends CitizenDetailsInput {
  @Field()
  @IsPersonalIdNumber()
  personalIdNumber: string;

  @Field()
  @RegistryText(100)
  familyName: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @RegistryText(100)
  middleName?: string | null;

  @Field()
  @RegistryText(100)
  givenName: string;

  @Field(() => SexValue)
  @IsEnum(SexValue)
  sex: SexValue;

  @Field(() => PartialDateInput)
  @ValidateNested()
  @Type(() => PartialDateInput)
  birthDate: PartialDateInput;

  @Field({ description: 'Why the record is registered, e.g. the birth registration reference.' })
  @RegistryText(500)
  reason: string;
}
