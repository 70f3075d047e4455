import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  Matches,
  Min,
  ValidateNested,
} from 'class-validator';
import { NameText, RegistryText } from '@app/validation';
import { IsBranchCode, IsEnterpriseCode, IsPersonalIdNumber, LEGACY_PROVINCES, PROVINCES_2025 } from '@app/identifiers';
import { EnterpriseStatusValue, EnterpriseTypeValue } from '../enterprise.model';

const PROVINCE_CODES = [...LEGACY_PROVINCES, ...PROVINCES_2025].map((province) => province.code);
/** VND as decimal digits, without leading zeros: exact, never a float. */
const VND = /^(0|[1-9]\d{0,19})$/;

@InputType('HeadOfficeInput')
export class HeadOfficeInput {
  @Field()
  @IsIn(PROVINCE_CODES, { message: 'must be a province code from the reference tables' })
  provinceCode: string;

  @Field()
  @NameText(255)
  address: string;
}

@InputType('BusinessLineInput')
export class BusinessLineInput {
  @Field({ description: 'VSIC2018 or VSIC2025.' })
  @IsIn(['VSIC2018', 'VSIC2025'], { message: 'must be VSIC2018 or VSIC2025' })
  vsicVersion: string;

  @Field({ description: 'A section letter or 2–5 digits.' })
  @Matches(/^([A-V]|\d{2,5})$/, { message: 'must be a VSIC section letter or a code of 2 to 5 digits' })
  code: string;

  @Field({ defaultValue: false })
  @IsBoolean()
  isMain: boolean = false;
}

@InputType('LegalRepresentativeInput')
export class LegalRepresentativeInput {
  @Field()
  @IsPersonalIdNumber()
  personalIdNumber: string;

  @Field()
  @RegistryText(150)
  title: string;
}

@InputType('OwnerInput', { description: 'Exactly one of personalIdNumber, enterpriseCode, name.' })
export class OwnerInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsPersonalIdNumber()
  personalIdNumber?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEnterpriseCode()
  enterpriseCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NameText(255)
  name?: string | null;

  @Field({ description: 'VND, decimal digits.' })
  @Matches(VND, { message: 'must be an amount of VND in decimal digits' })
  capitalContribution: string;
}

@InputType('RegisterEnterpriseInput')
export class RegisterEnterpriseInput {
  @Field()
  @IsEnterpriseCode()
  enterpriseCode: string;

  @Field()
  @NameText(255)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NameText(255)
  foreignName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NameText(100)
  abbreviation?: string | null;

  @Field(() => EnterpriseTypeValue)
  @IsEnum(EnterpriseTypeValue)
  type: EnterpriseTypeValue;

  @Field({ description: 'YYYY-MM-DD, not in the future.' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date YYYY-MM-DD' })
  establishmentDate: string;

  @Field(() => HeadOfficeInput)
  @ValidateNested()
  @Type(() => HeadOfficeInput)
  headOffice: HeadOfficeInput;

  @Field({ description: 'VND, decimal digits.' })
  @Matches(VND, { message: 'must be an amount of VND in decimal digits' })
  charterCapital: string;

  @Field(() => [BusinessLineInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => BusinessLineInput)
  businessLines: BusinessLineInput[];

  @Field(() => [LegalRepresentativeInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => LegalRepresentativeInput)
  legalRepresentatives: LegalRepresentativeInput[];

  @Field(() => [OwnerInput], { defaultValue: [] })
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => OwnerInput)
  owners: OwnerInput[] = [];

  @Field()
  @RegistryText(500)
  reason: string;
}

@InputType('ChangeEnterpriseStatusInput')
export class ChangeEnterpriseStatusInput {
  @Field()
  @IsEnterpriseCode()
  enterpriseCode: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => EnterpriseStatusValue)
  @IsEnum(EnterpriseStatusValue)
  status: EnterpriseStatusValue;

  @Field()
  @RegistryText(500)
  reason: string;
}

@InputType('AmendRepresentativeInput')
export class AmendRepresentativeInput {
  @Field()
  @IsEnterpriseCode()
  enterpriseCode: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field()
  @IsPersonalIdNumber()
  personalIdNumber: string;

  @Field(() => String, { nullable: true, description: 'Required when adding.' })
  @IsOptional()
  @RegistryText(150)
  title?: string | null;

  @Field()
  @RegistryText(500)
  reason: string;
}

@InputType('RegisterBranchInput')
export class RegisterBranchInput {
  @Field({ description: 'NNNNNNNNNN-NNN; the first ten digits are the parent enterprise code.' })
  @IsBranchCode()
  branchCode: string;

  @Field(() => Int, { description: "The parent enterprise's version the registration is based on." })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field({ description: 'branch or representative_office.' })
  @IsIn(['branch', 'representative_office'], { message: 'must be branch or representative_office' })
  kind: string;

  @Field()
  @NameText(255)
  name: string;

  @Field(() => HeadOfficeInput, { description: 'Where the branch is.' })
  @ValidateNested()
  @Type(() => HeadOfficeInput)
  location: HeadOfficeInput;

  @Field()
  @RegistryText(500)
  reason: string;
}
