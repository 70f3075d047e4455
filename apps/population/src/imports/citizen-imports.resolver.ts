import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentSteward, type StewardPrincipal } from '@app/auth';
import { CitizenImport } from './citizen-import.model';
import { CitizenImportService } from './citizen-import.service';
import { CitizenImportArgs, CitizenImportsArgs, StartCitizenImportInput } from './dto/citizen-import.inputs';

@Resolver(() => CitizenImport)
export class CitizenImportsResolver {
  constructor(private readonly imports: CitizenImportService) {}

  @Mutation(() => CitizenImport, {
    description:
      'Starts importing a CSV file of citizens (population stewards) and returns at once; poll citizenImport for ' +
      'its progress. IMPORT_FILE_TOO_LARGE, IMPORT_FILE_INVALID (the header), IMPORT_ALREADY_RUNNING.',
  })
  async startCitizenImport(
    @CurrentSteward() steward: StewardPrincipal,
    @Args('input') input: StartCitizenImportInput,
  ): Promise<CitizenImport> {
    return CitizenImport.fromEntity(await this.imports.start(steward, input));
  }

  @Query(() => CitizenImport, { description: 'One import and its progress (population stewards).' })
  async citizenImport(@Args() args: CitizenImportArgs): Promise<CitizenImport> {
    return CitizenImport.fromEntity(await this.imports.get(args.id));
  }

  @Query(() => [CitizenImport], { description: 'The latest imports, newest first (population stewards).' })
  async citizenImports(@Args() args: CitizenImportsArgs): Promise<CitizenImport[]> {
    return (await this.imports.list(args.first)).map((entity) => CitizenImport.fromEntity(entity));
  }

  @ResolveField(() => CitizenImport, {
    nullable: true,
    description: 'The newest earlier finished import of the same file: uploading it again registers nothing new.',
  })
  async earlierImportOfSameFile(@Parent() parent: CitizenImport): Promise<CitizenImport | null> {
    const earlier = await this.imports.earlierImportOfSameFile(parent);
    return earlier ? CitizenImport.fromEntity(earlier) : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The refused rows as CSV: line, field, reason, then the row as uploaded. Null when none was refused.',
  })
  rejectsCsv(@Parent() parent: CitizenImport): Promise<string | null> {
    return this.imports.rejectsCsv(parent.id);
  }
}
