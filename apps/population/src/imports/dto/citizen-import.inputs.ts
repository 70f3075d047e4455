import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsString, IsUUID, Matches, Max, Min } from 'class-validator';
import { AllowsLineBreaks, RegistryText } from '@app/validation';

@InputType('StartCitizenImportInput')
export class StartCitizenImportInput {
  @Field({ description: 'The name of the uploaded file, as the steward sees it (no folders).' })
  @RegistryText(200)
  @Matches(/^[^/\\]+$/, { message: 'must be a file name without folders' })
  fileName: string;

  @Field({
    description:
      'The file: a header naming the citizens’ columns, then one row per citizen (see `npm run import -- --help`). ' +
      'At most 512 KiB; larger files go through the command-line import.',
  })
  @IsString()
  @AllowsLineBreaks()
  csv: string;
}

@ArgsType()
export class CitizenImportArgs {
  @Field(() => ID)
  @IsUUID('4', { message: 'must be the id of an import' })
  id: string;
}

@ArgsType()
export class CitizenImportsArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Newest first; at most 100.' })
  @IsInt()
  @Min(1)
  @Max(100)
  first: number = 20;
}
