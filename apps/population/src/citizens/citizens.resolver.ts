import { Args, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { Citizen } from './citizen.model';
import { CitizensService } from './citizens.service';
import { CitizenArgs } from './dto/citizen.args';

@Resolver(() => Citizen)
export class CitizensResolver {
  constructor(private readonly citizens: CitizensService) {}

  @Query(() => Citizen, { nullable: true, description: 'One citizen by personal ID number.' })
  async citizen(@Args() args: CitizenArgs): Promise<Citizen> {
    return Citizen.fromEntity(await this.citizens.get(args.personalIdNumber));
  }

  /** Another subgraph (e.g. a legal representative) names a citizen by key. */
  @ResolveReference()
  async resolveReference(reference: { personalIdNumber: string }): Promise<Citizen | null> {
    const [citizen] = await this.citizens.findMany([reference.personalIdNumber]);
    return citizen ? Citizen.fromEntity(citizen) : null;
  }
}
