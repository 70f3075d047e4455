import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { RegistryText } from '@app/validation';
import { IsPersonalIdNumber } from '@app/identifiers';
import { FINDING_STATUSES } from '../data-quality-finding.entity';

@InputType('OpenDataQualityFindingInput')
export class OpenDataQualityFindingInput {
  @Field()
  @IsPersonalIdNumber()
  personalIdNumber: string;

  @Field({ description: 'SCREAMING_SNAKE, e.g. ADDRESS_UNVERIFIED.' })
  @Matches(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/, { message: 'must be a SCREAMING_SNAKE kind of at most 40 characters' })
  @Matches(/^.{1,40}$/, { message: 'must be a SCREAMING_SNAKE kind of at most 40 characters' })
  kind: string;

  @Field()
  @RegistryText(500)
  message: string;
}

@InputType('ResolveDataQualityFindingInput')
export class ResolveDataQualityFindingInput {
  @Field(() => ID)
  @IsUUID('4', { message: 'must be the id of a finding' })
  id: string;

  @Field({ description: 'What was found and done.' })
  @RegistryText(500)
  resolution: string;
}

@ArgsType()
export class DataQualityFindingCountArgs {
  @Field({ defaultValue: 'open', description: 'open or resolved.' })
  @IsIn(FINDING_STATUSES)
  status: string = 'open';
}

@ArgsType()
export class DataQualityFindingsArgs {
  @Field({ defaultValue: 'open', description: 'open or resolved.' })
  @IsIn(FINDING_STATUSES)
  status: string = 'open';

  @Field(() => String, { nullable: true, description: 'Only the findings about this record.' })
  @IsOptional()
  @IsPersonalIdNumber()
  personalIdNumber?: string | null;

  @Field(() => Int, { defaultValue: 50, description: 'At most 200.' })
  @IsInt()
  @Min(1)
  @Max(200)
  first: number = 50;
}
