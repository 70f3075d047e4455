import { ArgsType, Field } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, Matches } from 'class-validator';
import { PURPOSE_CODE_PATTERN } from '@app/auth';

/** What every explain query takes beside the subject's identifier. */
@ArgsType()
export class ExplainAccessArgs {
  @Field(() => String, {
    nullable: true,
    description: "The purpose to explain, e.g. TAX_ADMINISTRATION (default: the token's, for agencies).",
  })
  @IsOptional()
  @Matches(PURPOSE_CODE_PATTERN, { message: 'must be a purpose code such as TAX_ADMINISTRATION' })
  purpose?: string | null;

  @Field(() => [String], { nullable: true, description: 'Field names, e.g. ["fullName", "phone"] (default: all).' })
  @IsOptional()
  @ArrayMaxSize(100)
  @Matches(/^[a-zA-Z]{1,64}$/, { each: true, message: 'must be field names' })
  fields?: string[] | null;
}
