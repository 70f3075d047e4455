import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsCursor } from '@app/pagination';
import { NameText } from '@app/validation';
import { SexValue } from '../../records';

export const MAX_SEARCH_PAGE = 100;

@ArgsType()
export class SearchCitizensArgs {
  @Field({ description: 'A name or part of one; diacritics and case do not matter ("nguyen van an").' })
  @NameText(200)
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
  @IsCursor()
  after?: string | null;
}
