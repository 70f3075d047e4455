import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, Matches } from 'class-validator';
import { AGENCY_CODE_PATTERN } from '@app/auth';
import { RegistryText } from '@app/validation';
import { AgencyLevelValue } from '../agency.model';

const AGENCY_CODE_RULE = {
  message: 'must be 2–32 capital letters, digits and hyphens, starting with a letter or digit (e.g. BTC-CT-HN)',
};

@InputType('RegisterAgencyInput')
export class RegisterAgencyInput {
  @Field({ description: 'Stable short code, e.g. BTC-CT-HN.' })
  @Matches(AGENCY_CODE_PATTERN, AGENCY_CODE_RULE)
  code: string;

  @Field({ description: 'The Vietnamese name citizens read in their access log.' })
  @RegistryText(255)
  nameVi: string;

  @Field(() => AgencyLevelValue)
  @IsEnum(AgencyLevelValue)
  level: AgencyLevelValue;

  @Field(() => String, { nullable: true, description: 'Code of the parent agency, which must be registered.' })
  @IsOptional()
  @Matches(AGENCY_CODE_PATTERN, AGENCY_CODE_RULE)
  parentCode?: string | null;
}
