import { Args, Mutation, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { CurrentSteward, StewardOf, type StewardPrincipal } from '@app/auth';
import { CitizenStewardshipService } from './citizen-stewardship.service';
import { Citizen, CitizenVersion } from './citizen.model';
import { CitizensService } from './citizens.service';
import { CitizenArgs } from './dto/citizen.args';
import { CorrectCitizenInput } from './dto/correct-citizen.input';
import { RegisterCitizenInput } from './dto/register-citizen.input';

@Resolver(() => Citizen)
export class CitizensResolver {
  constructor(
    private readonly citizens: CitizensService,
    private readonly stewardship: CitizenStewardshipService,
  ) {}

  @Query(() => Citizen, { nullable: true, description: 'One citizen by personal ID number, now or as of a past time.' })
  async citizen(@Args() args: CitizenArgs): Promise<Citizen> {
    const record = args.asOf
      ? await this.citizens.getAsOf(args.personalIdNumber, args.asOf)
      : await this.citizens.get(args.personalIdNumber);
    return Citizen.fromEntity(record);
  }

  @ResolveField(() => [CitizenVersion], { nullable: true, description: 'Every version of the record, newest first.' })
  async history(@Parent() citizen: Citizen): Promise<CitizenVersion[]> {
    const versions = await this.citizens.history(citizen.personalIdNumber);
    return versions.map(({ version, record }) => ({
      version: version.version,
      changeKind: version.changeKind,
      reason: version.reason,
      changedBy: version.changedBy,
      recordedAt: version.recordedAt,
      record: Citizen.fromEntity(record),
    }));
  }

  @Mutation(() => Citizen, { description: 'Registers a citizen (stewards of the population registry).' })
  @StewardOf('population')
  async registerCitizen(
    @CurrentSteward() steward: StewardPrincipal,
    @Args('input') input: RegisterCitizenInput,
  ): Promise<Citizen> {
    return Citizen.fromEntity(await this.stewardship.register(steward, input));
  }

  @Mutation(() => Citizen, { description: 'Corrects the details of a record, based on a named version (stewards).' })
  @StewardOf('population')
  async correctCitizen(
    @CurrentSteward() steward: StewardPrincipal,
    @Args('input') input: CorrectCitizenInput,
  ): Promise<Citizen> {
    return Citizen.fromEntity(await this.stewardship.correct(steward, input));
  }

  /** Another subgraph (e.g. a legal representative) names a citizen by key. */
  @ResolveReference()
  async resolveReference(reference: { personalIdNumber: string }): Promise<Citizen | null> {
    const [citizen] = await this.citizens.findMany([reference.personalIdNumber]);
    return citizen ? Citizen.fromEntity(citizen) : null;
  }
}
