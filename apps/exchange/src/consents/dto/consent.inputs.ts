import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayNotEmpty, IsDate, IsEnum, IsOptional, IsUUID } from 'class-validator';
import type { ValidationOptions } from 'class-validator';
import { DateTimeScalar, codedRule } from '@app/validation';
import { IsPersonalIdNumber } from '@app/identifiers';
import { dataCategory } from '@app/access';
import { PageArgs } from '../../agencies/dto/agencies.args';
import { ConsentRequestStatusValue, ConsentStatusValue, FetchTypeValue } from '../consent.model';

/** A bound against typos: a daily cap above this is no cap. */
export const MAX_READS_PER_DAY = 1000;
/** Ten years: longer than any retention a consent can justify. */
export const MAX_DATA_LIFE_DAYS = 3650;
const MAX_CATEGORIES = 32;

/** Citizen data categories, each known (UNKNOWN_CATEGORY otherwise): a consent never covers an enterprise's. */
function IsCitizenCategoryList(options?: ValidationOptions): PropertyDecorator {
  return codedRule(
    'UNKNOWN_CATEGORY',
    (value) => {
      if (!Array.isArray(value)) return 'must be a list of data categories';
      const wrong: unknown = value.find(
        (item) => typeof item !== 'string' || dataCategory(item)?.registry !== 'population',
      );
      return wrong === undefined ? null : `${JSON.stringify(wrong)} is not a known citizen data category`;
    },
    options,
  );
}

function whole(code: string, max: number, what: string): PropertyDecorator {
  return codedRule(code, (value) =>
    Number.isInteger(value) && (value as number) >= 1 && (value as number) <= max
      ? null
      : `must be a whole number of ${what} from 1 to ${max}`,
  );
}

@InputType('RequestConsentInput', {
  description: "What an agency asks a citizen to consent to, for its token's purpose.",
})
export class RequestConsentInput {
  @Field()
  @IsPersonalIdNumber()
  personalIdNumber: string;

  @Field(() => [String], { description: 'Citizen data categories, e.g. population.identity.' })
  @ArrayNotEmpty()
  @ArrayMaxSize(MAX_CATEGORIES)
  @IsCitizenCategoryList()
  categories: string[];

  @Field(() => DateTimeScalar, { nullable: true, description: 'Omitted: from now.' })
  @IsOptional()
  @IsDate()
  validFrom?: Date | null;

  @Field(() => DateTimeScalar, { description: 'At most a year from now.' })
  @IsDate()
  validTo: Date;

  @Field(() => FetchTypeValue)
  @IsEnum(FetchTypeValue)
  fetchType: FetchTypeValue;

  @Field(() => Int, {
    nullable: true,
    description: `PERIODIC only (and required): reads a day, 1 to ${MAX_READS_PER_DAY}.`,
  })
  @IsOptional()
  @whole('INVALID_FETCH_LIMIT', MAX_READS_PER_DAY, 'reads a day')
  maxReadsPerDay?: number | null;

  @Field(() => Int, { description: `Days the agency may keep what it reads, 1 to ${MAX_DATA_LIFE_DAYS}.` })
  @whole('INVALID_DATA_LIFE', MAX_DATA_LIFE_DAYS, 'days')
  dataLifeDays: number;
}

@InputType('GrantConsentInput')
export class GrantConsentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of a consent request' })
  requestId: string;

  @Field(() => [String], { nullable: true, description: 'Part of the categories asked; omitted: all of them.' })
  @IsOptional()
  @ArrayNotEmpty()
  @ArrayMaxSize(MAX_CATEGORIES)
  @IsCitizenCategoryList()
  categories?: string[] | null;
}

@ArgsType()
export class ConsentRequestIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of a consent request' })
  requestId: string;
}

@ArgsType()
export class ConsentIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of a consent' })
  id: string;
}

@ArgsType()
export class ConsentReceiptsArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of a consent' })
  consentId: string;
}

@ArgsType()
export class MyConsentRequestsArgs {
  @Field(() => ConsentRequestStatusValue, { nullable: true, description: 'Omitted: every status.' })
  @IsOptional()
  @IsEnum(ConsentRequestStatusValue)
  status?: ConsentRequestStatusValue | null;
}

@ArgsType()
export class MyConsentsArgs {
  @Field(() => ConsentStatusValue, { nullable: true, description: 'Omitted: every status.' })
  @IsOptional()
  @IsEnum(ConsentStatusValue)
  status?: ConsentStatusValue | null;
}

@ArgsType()
export class AgencyConsentRequestsArgs extends PageArgs {
  @Field(() => ConsentRequestStatusValue, { nullable: true, description: 'Omitted: every status.' })
  @IsOptional()
  @IsEnum(ConsentRequestStatusValue)
  status?: ConsentRequestStatusValue | null;
}

@ArgsType()
export class AgencyConsentsArgs extends PageArgs {
  @Field(() => ConsentStatusValue, { nullable: true, description: 'Omitted: every status.' })
  @IsOptional()
  @IsEnum(ConsentStatusValue)
  status?: ConsentStatusValue | null;
}
