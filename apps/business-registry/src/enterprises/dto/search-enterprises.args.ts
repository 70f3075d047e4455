import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { NameText } from '@app/validation';
import { IsCursor } from '@app/pagination';

export const MAX_ENTERPRISE_SEARCH_PAGE = 100;

@ArgsType()
export class SearchEnterprisesArgs {
  @Field({
    description:
      'A name or part of one, in Vietnamese, its foreign name or abbreviation; diacritics and case do not matter ("minh phat").',
  })
  @NameText(200)
  name: string;

  @Field(() => Int, { defaultValue: 20, description: `Page size, 1 to ${MAX_ENTERPRISE_SEARCH_PAGE}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_ENTERPRISE_SEARCH_PAGE)
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsCursor()
  after?: string | null;
}
