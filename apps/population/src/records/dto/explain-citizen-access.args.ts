import { ArgsType, Field } from '@nestjs/graphql';
import { IsPersonalIdNumber } from '@app/identifiers';
import { ExplainAccessArgs } from '@app/access';

@ArgsType()
export class ExplainCitizenAccessArgs extends ExplainAccessArgs {
  @Field({ description: 'Personal ID number, 12 digits.' })
  @IsPersonalIdNumber()
  personalIdNumber: string;
}
