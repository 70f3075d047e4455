import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { CHANGE_REQUEST_STATUSES } from '../change-request.entity';

@ArgsType()
export class ChangeRequestsArgs {
  @Field({ defaultValue: 'pending', description: 'pending, approved, rejected or superseded.' })
  @IsIn(CHANGE_REQUEST_STATUSES)
  status: string = 'pending';

  @Field(() => Int, { defaultValue: 50, description: 'At most 200.' })
  @IsInt()
  @Min(1)
  @Max(200)
  first: number = 50;
}

@ArgsType()
export class ChangeRequestCountArgs {
  @Field({ defaultValue: 'pending', description: 'pending, approved, rejected or superseded.' })
  @IsIn(CHANGE_REQUEST_STATUSES)
  status: string = 'pending';
}
