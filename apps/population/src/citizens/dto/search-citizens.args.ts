import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { RegistryText } from '@app/errors';
import { SexValue } from '../citizen.model';

export const MAX_SEARCH_PAGE = 100;

@ArgsType()
export class SearchCitizensArgs {
  @Field({ description: 'A name or part of one; diacritics and case do not matter ("nguyen van an").' })
  @RegistryText(200)
  name: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1850)
  @Max(2200)
  birthYear?: number | null;

  @Field(() => SexValue, { nullable: true })
  @IsOptional()
  @IsEnum(SexValue)
  sex?: SexValue | null;

  @Field(() => Int, { defaultValue: 20, description: `Page size, 1 to ${MAX_SEARCH_PAGE}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_SEARCH_PAGE)
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,200}$/, { message: 'must be a cursor returned by a previous page' })
  after?: string | null;
}
