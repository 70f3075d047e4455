import { ArgsType, Field } from '@nestjs/graphql';
import { ArrayNotEmpty, IsArray } from 'class-validator';
import { IsPersonalIdNumber } from '@app/identifiers';

@ArgsType()
export class CitizensArgs {
  @Field(() => [String], { description: 'Personal ID numbers; at most MAX_BATCH_LOOKUP (default 1000) in one call.' })
  @IsArray()
  @ArrayNotEmpty()
  @IsPersonalIdNumber({ each: true })
  personalIdNumbers: string[];
}
