import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsUUID, Matches, Min, ValidateNested } from 'class-validator';
import { NameText, RegistryText } from '@app/validation';
import { IsPersonalIdNumber } from '@app/identifiers';
import { PartialDateInput, SexValue, VitalStatusValue } from '../../records';

/** Identity fields: a change takes effect only when a second steward approves it. Omitted: unchanged. */
@InputType('IdentityChangesInput')
export class IdentityChangesInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @NameText(100)
  familyName?: string;

  @Field(() => String, { nullable: true, description: 'An empty string clears it.' })
  @IsOptional()
  @NameText(100, { allowEmpty: true })
  middleName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NameText(100)
  givenName?: string;

  @Field(() => SexValue, { nullable: true })
  @IsOptional()
  @IsEnum(SexValue)
  sex?: SexValue;

  @Field(() => PartialDateInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PartialDateInput)
  birthDate?: PartialDateInput;

  @Field(() => String, { nullable: true, description: 'The old 9-digit identity card number.' })
  @IsOptional()
  @Matches(/^\d{9}$/, { message: 'must be an identity card number of 9 digits' })
  oldIdNumber?: string;
}

@InputType('RequestIdentityCorrectionInput')
export class RequestIdentityCorrectionInput {
  @Field()
  @IsPersonalIdNumber()
  personalIdNumber: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => IdentityChangesInput)
  @ValidateNested()
  @Type(() => IdentityChangesInput)
  changes: IdentityChangesInput;

  @Field()
  @RegistryText(500)
  reason: string;
}

@InputType('RequestVitalStatusChangeInput')
export class RequestVitalStatusChangeInput {
  @Field()
  @IsPersonalIdNumber()
  personalIdNumber: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => VitalStatusValue)
  @IsEnum(VitalStatusValue)
  vitalStatus: VitalStatusValue;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: date of death or of being declared missing.' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date YYYY-MM-DD' })
  date?: string | null;

  @Field()
  @RegistryText(500)
  reason: string;
}

@InputType('RequestMergeInput')
export class RequestMergeInput {
  @Field({ description: 'The record that stays.' })
  @IsPersonalIdNumber()
  survivorPersonalIdNumber: string;

  @Field({ description: 'The duplicate: its number will lead to the survivor; its history stays.' })
  @IsPersonalIdNumber()
  duplicatePersonalIdNumber: string;

  @Field(() => Int, { description: "The duplicate's version the request is based on." })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field()
  @RegistryText(500)
  reason: string;
}

@InputType('DecideChangeRequestInput')
export class DecideChangeRequestInput {
  @Field(() => ID)
  @IsUUID('4', { message: 'must be the id of a change request' })
  id: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @RegistryText(500)
  note?: string | null;
}
