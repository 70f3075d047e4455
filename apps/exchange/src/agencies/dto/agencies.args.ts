import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsOptional, Max, Min } from 'class-validator';
import { IsCursor } from '@app/pagination';

export const MAX_PAGE_SIZE = 100;

/** A page of a list: its size and the cursor it starts after; a list's own filters extend it. */
@ArgsType()
export class PageArgs {
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
export class AgenciesArgs extends PageArgs {}
