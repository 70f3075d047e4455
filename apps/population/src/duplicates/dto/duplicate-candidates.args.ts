import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';

@ArgsType()
export class DuplicateCandidatesArgs {
  @Field(() => Int, { defaultValue: 50, description: 'At most 200.' })
  @IsInt()
  @Min(1)
  @Max(200)
  first: number = 50;
}
