import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEmail, IsEnum, IsIn, IsOptional, Matches, MaxLength, ValidateNested } from 'class-validator';
import { RegistryText } from '@app/errors';
import { ETHNIC_GROUPS, LEGACY_PROVINCES, PROVINCES_2025 } from '@app/identifiers';
import { MaritalStatusValue } from '../citizen.model';

const PROVINCE_CODES = [...LEGACY_PROVINCES, ...PROVINCES_2025].map((province) => province.code);

@InputType('ResidenceInput')
export class ResidenceInput {
  @Field({ description: 'Province code at capture: 3-digit (before 1 Jul 2025) or 2-digit (since).' })
  @IsIn(PROVINCE_CODES, { message: 'must be a province code from the reference tables' })
  provinceCode: string;

  @Field({ description: 'Commune and street address.' })
  @RegistryText(255)
  address: string;
}

/**
 * The details of a record that a steward may correct without a second steward's approval.
 * Omitted: unchanged; null: cleared.
 */
@InputType('CitizenDetailsInput')
export class CitizenDetailsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @RegistryText(255)
  placeOfBirth?: string | null;

  @Field(() => String, { nullable: true, description: 'Ethnic group code, 01–54.' })
  @IsOptional()
  @IsIn(ETHNIC_GROUPS.map((group) => group.code), { message: 'must be one of the 54 ethnic group codes, 01 to 54' })
  ethnicityCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @RegistryText(100)
  religion?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2, e.g. VN.' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'must be a two-letter ISO 3166-1 country code' })
  nationality?: string | null;

  @Field(() => MaritalStatusValue, { nullable: true })
  @IsOptional()
  @IsEnum(MaritalStatusValue)
  maritalStatus?: MaritalStatusValue | null;

  @Field(() => ResidenceInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ResidenceInput)
  permanentResidence?: ResidenceInput | null;

  @Field(() => String, { nullable: true, description: 'Digits, optionally with a leading +.' })
  @IsOptional()
  @Matches(/^\+?[0-9]{8,15}$/, { message: 'must be a phone number of 8 to 15 digits' })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(254)
  @IsEmail({}, { message: 'must be an e-mail address' })
  email?: string | null;
}
