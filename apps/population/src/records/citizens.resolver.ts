import { Args, Mutation, Parent, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import {
  CurrentAccess,
  DataResolveField,
  requireLookUp,
  lookUpSubjects,
  revealed,
  type RequestAccess,
} from '@app/access';
import { CurrentPrincipal, CurrentSteward, type Principal, type StewardPrincipal } from '@app/auth';
import { CitizenStewardshipService } from './citizen-stewardship.service';
import { CitizenLookupService } from './citizen-lookup.service';
import { CitizenReferences } from './citizen-references';
import { Citizen, CitizenVersion } from './citizen.model';
import { CitizensService } from './citizens.service';
import { CitizenArgs } from './dto/citizen.args';
import { CitizensArgs } from './dto/citizens.args';
import { CorrectCitizenInput } from './dto/correct-citizen.input';
import { RegisterCitizenInput } from './dto/register-citizen.input';

@Resolver(() => Citizen)
export class CitizensResolver {
  constructor(
    private readonly registry: CitizensService,
    private readonly stewardship: CitizenStewardshipService,
    private readonly lookup: CitizenLookupService,
    private readonly references: CitizenReferences,
  ) {}

  @Query(() => Citizen, { nullable: true, description: 'One citizen by personal ID number, now or as of a past time.' })
  async citizen(
    @CurrentPrincipal() principal: Principal,
    @CurrentAccess() access: RequestAccess,
    @Args() args: CitizenArgs,
  ): Promise<Citizen | null> {
    requireLookUp(principal, 'citizen', [args.personalIdNumber]);
    const [answer] = await lookUpSubjects(access, Citizen, [args.personalIdNumber], async () => {
      if (args.asOf) return [Citizen.fromEntity(await this.registry.getAsOf(args.personalIdNumber, args.asOf))];
      const { citizen, mergedFrom } = await this.registry.get(args.personalIdNumber);
      return [Object.assign(Citizen.fromEntity(citizen), { mergedFrom })];
    });
    return revealed(answer);
  }

  @Query(() => [Citizen], {
    nullable: 'items',
    description: 'Many citizens by personal ID number in one call, in the order asked; null for a number not held.',
  })
  async citizens(
    @CurrentPrincipal() principal: Principal,
    @CurrentAccess() access: RequestAccess,
    @Args() args: CitizensArgs,
  ): Promise<(Citizen | null | Error)[]> {
    requireLookUp(principal, 'citizen', args.personalIdNumbers);
    this.lookup.assertBatchSize(args.personalIdNumbers);
    // A refused number's error stands in its place in the list: that item is null, with the reason.
    return lookUpSubjects(access, Citizen, args.personalIdNumbers, async (allowed) => {
      const found = await this.lookup.lookup(allowed);
      return found.map((citizen) => (citizen ? Citizen.fromEntity(citizen) : null));
    });
  }

  @DataResolveField(Citizen, 'population.record', () => [CitizenVersion], {
    description: 'Every version of the record, newest first.',
  })
  async history(@Parent() citizen: Citizen): Promise<CitizenVersion[]> {
    const versions = await this.registry.history(citizen.personalIdNumber);
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
  async registerCitizen(
    @CurrentSteward() steward: StewardPrincipal,
    @Args('input') input: RegisterCitizenInput,
  ): Promise<Citizen> {
    return Citizen.fromEntity(await this.stewardship.register(steward, input));
  }

  @Mutation(() => Citizen, { description: 'Corrects the details of a record, based on a named version (stewards).' })
  async correctCitizen(
    @CurrentSteward() steward: StewardPrincipal,
    @Args('input') input: CorrectCitizenInput,
  ): Promise<Citizen> {
    return Citizen.fromEntity(await this.stewardship.correct(steward, input));
  }

  /** Another subgraph (e.g. a legal representative) names a citizen by key. */
  @ResolveReference()
  async resolveReference(
    @Parent() reference: { personalIdNumber: string },
    @CurrentAccess() access: RequestAccess,
  ): Promise<Citizen | null> {
    // Resolving a reference tells whether the person is registered: a lookup like any other,
    // gathered with the other references of this request into one query.
    return this.references.load(access, reference.personalIdNumber);
  }
}
