import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

@InputType('PartialDateInput', { description: 'A date known to the year, the month, or the day.' })
export class PartialDateInput {
  @Field(() => Int)
  @IsInt()
  @Min(1850)
  @Max(2200)
  year: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  month?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(31)
  day?: number | null;
}
