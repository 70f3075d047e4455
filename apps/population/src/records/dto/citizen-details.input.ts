import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEmail, IsEnum, IsIn, IsOptional, Matches, MaxLength, ValidateNested } from 'class-validator';
import { NameText, RegistryText } from '@app/validation';
import { ETHNIC_GROUPS, IsPersonalIdNumber, LEGACY_PROVINCES, PROVINCES_2025 } from '@app/identifiers';
import { BLOOD_GROUPS } from '../citizen.entity';
import { FamilyRelationValue, MaritalStatusValue } from '../citizen.model';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const PROVINCE_CODES = [...LEGACY_PROVINCES, ...PROVINCES_2025].map((province) => province.code);

@InputType('ResidenceInput')
export class ResidenceInput {
  @Field({ description: 'Province code at capture: 3-digit (before 1 Jul 2025) or 2-digit (since).' })
  @IsIn(PROVINCE_CODES, { message: 'must be a province code from the reference tables' })
  provinceCode: string;

  @Field({ description: 'Commune and street address.' })
  @NameText(255)
  address: string;
}

@InputType('IdentityCardInput')
export class IdentityCardInput {
  @Field({ description: 'YYYY-MM-DD.' })
  @Matches(ISO_DATE, { message: 'must be a date YYYY-MM-DD' })
  issueDate: string;

  @Field()
  @NameText(255)
  issuePlace: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; none for cards that do not expire.' })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'must be a date YYYY-MM-DD' })
  expiryDate?: string | null;
}

@InputType('HouseholdInput')
export class HouseholdInput {
  @Field({ description: 'Residence file (household) number.' })
  @Matches(/^[A-Za-z0-9-]{1,20}$/, { message: 'must be a household number of up to 20 letters, digits or dashes' })
  number: string;

  @Field({ description: 'Relationship to the head of household, e.g. Chủ hộ, Vợ, Con.' })
  @RegistryText(50)
  relationshipToHead: string;
}

@InputType('FamilyLinkInput', { description: 'A relative: by personal ID number if in the registry, else by name.' })
export class FamilyLinkInput {
  @Field(() => FamilyRelationValue)
  @IsEnum(FamilyRelationValue)
  relation: FamilyRelationValue;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsPersonalIdNumber()
  personalIdNumber?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NameText(300)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2.' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'must be a two-letter ISO 3166-1 country code' })
  nationality?: string | null;
}

/**
 * The details of a record that a steward may correct without a second steward's approval.
 * Omitted: unchanged; null: cleared.
 */
@InputType('CitizenDetailsInput')
export class CitizenDetailsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @NameText(255)
  placeOfBirth?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NameText(255)
  birthRegistrationPlace?: string | null;

  @Field(() => String, { nullable: true, description: 'Place of origin (quê quán).' })
  @IsOptional()
  @NameText(255)
  placeOfOrigin?: string | null;

  @Field(() => String, { nullable: true, description: 'O+, O-, A+, A-, B+, B-, AB+ or AB-.' })
  @IsOptional()
  @IsIn(BLOOD_GROUPS, { message: 'must be a blood group such as O+ or AB-' })
  bloodGroup?: string | null;

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

  @Field(() => [String], { nullable: true, description: 'Other names the person is known by; replaces the list.' })
  @IsOptional()
  @ArrayMaxSize(10)
  @NameText(100, { each: true })
  otherNames?: string[] | null;

  @Field(() => IdentityCardInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => IdentityCardInput)
  identityCard?: IdentityCardInput | null;

  @Field(() => ResidenceInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ResidenceInput)
  temporaryResidence?: ResidenceInput | null;

  @Field(() => ResidenceInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ResidenceInput)
  currentResidence?: ResidenceInput | null;

  @Field(() => HouseholdInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => HouseholdInput)
  household?: HouseholdInput | null;

  @Field(() => [FamilyLinkInput], { nullable: true, description: 'The family; replaces the list.' })
  @IsOptional()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => FamilyLinkInput)
  familyLinks?: FamilyLinkInput[] | null;

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
