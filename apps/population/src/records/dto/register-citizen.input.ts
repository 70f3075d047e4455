import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, Matches, ValidateNested } from 'class-validator';
import { NameText, RegistryText } from '@app/validation';
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
  @NameText(100)
  familyName: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NameText(100)
  middleName?: string | null;

  @Field()
  @NameText(100)
  givenName: string;

  @Field(() => SexValue)
  @IsEnum(SexValue)
  sex: SexValue;

  @Field(() => PartialDateInput)
  @ValidateNested()
  @Type(() => PartialDateInput)
  birthDate: PartialDateInput;

  @Field(() => String, { nullable: true, description: 'The old 9-digit identity card number, if any.' })
  @IsOptional()
  @Matches(/^\d{9}$/, { message: 'must be an identity card number of 9 digits' })
  oldIdNumber?: string | null;

  @Field({ description: 'Why the record is registered, e.g. the birth registration reference.' })
  @RegistryText(500)
  reason: string;
}
