import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { AGENCY_CODE_PATTERN } from '@app/auth';
import { DateTimeScalar, RegistryText } from '@app/validation';
import { IsCursor } from '@app/pagination';
import { MAX_PAGE_SIZE } from '../../agencies/dto/agencies.args';
import { AgreementStatusValue } from '../agreement.model';
import { IsDataCategoryList, IsLimit, IsSealedDisclosureDays } from './agreement.validators';

const AGENCY_CODE_RULE = { message: 'must be an agency code such as BHXH or BTC-CT-HN' };
const AGREEMENT_NUMBER_RULE = { message: 'must be an agreement number such as DSA-2026-0001' };
export const AGREEMENT_NUMBER_PATTERN = /^DSA-\d{4}-\d{4,}$/;
const MAX_LIST = 32;

@InputType('LegalBasisInput', { description: 'The provision that allows the sharing, as citizens will read it.' })
export class LegalBasisInput {
  @Field({ description: "The law or decree, e.g. 'Nghị định 70/2024/NĐ-CP'." })
  @RegistryText(255)
  instrument: string;

  @Field({ description: "e.g. 'Điều 15'." })
  @RegistryText(64)
  article: string;

  @Field(() => String, { nullable: true, description: "e.g. 'Khoản 2'." })
  @IsOptional()
  @RegistryText(64)
  clause?: string | null;

  @Field({ description: 'What the provision allows, in Vietnamese, as shown to citizens.' })
  @RegistryText(2000)
  textVi: string;
}

@InputType('ProposeAgreementInput')
export class ProposeAgreementInput {
  @Field()
  @Matches(AGENCY_CODE_PATTERN, AGENCY_CODE_RULE)
  agencyCode: string;

  @Field(() => [String], { description: 'Data categories, e.g. population.identity.' })
  @ArrayNotEmpty()
  @ArrayMaxSize(MAX_LIST)
  @IsDataCategoryList()
  categories: string[];

  @Field(() => [String], { description: 'Purpose codes of the catalogue (query purposes).' })
  @ArrayNotEmpty()
  @ArrayMaxSize(MAX_LIST)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  purposes: string[];

  @Field(() => LegalBasisInput)
  @ValidateNested()
  @Type(() => LegalBasisInput)
  legalBasis: LegalBasisInput;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Omitted: from approval on.' })
  @IsOptional()
  @IsDate()
  validFrom?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Omitted or null: until withdrawn.' })
  @IsOptional()
  @IsDate()
  validTo?: Date | null;

  @Field(() => Int, { nullable: true, description: 'Omitted or null: no limit.' })
  @IsOptional()
  @IsLimit()
  requestsPerMinute?: number | null;

  @Field(() => Int, { nullable: true, description: 'Omitted or null: no limit.' })
  @IsOptional()
  @IsLimit()
  recordsPerDay?: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Covert reads (police, security): days a read stays sealed in the citizen's access log. Omitted or null: disclosed at once.",
  })
  @IsOptional()
  @IsSealedDisclosureDays()
  sealedDisclosureDays?: number | null;

  @Field({ description: 'Why the agreement is proposed (the request, the file reference).' })
  @RegistryText(1000)
  note: string;
}

/**
 * What an amendment changes; an omitted field is unchanged. For validTo and the limits an
 * explicit null means "no end" and "no limit" (both widen).
 */
@InputType('AgreementChangesInput')
export class AgreementChangesInput {
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayNotEmpty()
  @ArrayMaxSize(MAX_LIST)
  @IsDataCategoryList()
  categories?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayNotEmpty()
  @ArrayMaxSize(MAX_LIST)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  purposes?: string[];

  @Field(() => LegalBasisInput, { nullable: true, description: 'Replaces the whole citation.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LegalBasisInput)
  legalBasis?: LegalBasisInput;

  @Field(() => DateTimeScalar, { nullable: true })
  @IsOptional()
  @IsDate()
  validFrom?: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'null: until withdrawn.' })
  @IsOptional()
  @IsDate()
  validTo?: Date | null;

  @Field(() => Int, { nullable: true, description: 'null: no limit.' })
  @IsOptional()
  @IsLimit()
  requestsPerMinute?: number | null;

  @Field(() => Int, { nullable: true, description: 'null: no limit.' })
  @IsOptional()
  @IsLimit()
  recordsPerDay?: number | null;

  @Field(() => Int, { nullable: true, description: 'null: reads are disclosed at once; more days widen.' })
  @IsOptional()
  @IsSealedDisclosureDays()
  sealedDisclosureDays?: number | null;
}

@InputType('AmendAgreementInput')
export class AmendAgreementInput {
  @Field()
  @Matches(AGREEMENT_NUMBER_PATTERN, AGREEMENT_NUMBER_RULE)
  agreementNumber: string;

  @Field(() => Int, { description: 'The version in force that the amendment is based on.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => AgreementChangesInput)
  @ValidateNested()
  @Type(() => AgreementChangesInput)
  changes: AgreementChangesInput;

  @Field({ description: 'Why the agreement changes.' })
  @RegistryText(1000)
  note: string;
}

@InputType('DecideAgreementInput')
export class DecideAgreementInput {
  @Field(() => ID, { description: 'The proposed version.' })
  @IsUUID('all', { message: 'must be the id of an agreement version' })
  id: string;
}

@InputType('WithdrawAgreementInput')
export class WithdrawAgreementInput {
  @Field()
  @Matches(AGREEMENT_NUMBER_PATTERN, AGREEMENT_NUMBER_RULE)
  agreementNumber: string;

  @Field({ description: 'Why the agreement ends.' })
  @RegistryText(1000)
  note: string;
}

@ArgsType()
export class AgreementsArgs {
  @Field(() => String, { nullable: true, description: "Omitted: an agency caller's own, or every agency's." })
  @IsOptional()
  @Matches(AGENCY_CODE_PATTERN, AGENCY_CODE_RULE)
  agencyCode?: string | null;

  @Field(() => AgreementStatusValue, { nullable: true, description: 'Omitted: versions of every status.' })
  @IsOptional()
  @IsEnum(AgreementStatusValue)
  status?: AgreementStatusValue | null;

  @Field(() => Int, { defaultValue: 20, description: `Page size, 1 to ${MAX_PAGE_SIZE}.` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsCursor()
  after?: string | null;
}

@ArgsType()
export class AgreementArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of an agreement version' })
  id: string;
}
