import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CitizenLookupService } from './citizen-lookup.service';
import { Citizen, FamilyLink } from './citizen.model';

/** A relative who is in the registry is a Citizen too. */
@Resolver(() => FamilyLink)
export class FamilyLinksResolver {
  constructor(private readonly citizens: CitizenLookupService) {}

  @ResolveField(() => Citizen, { nullable: true, description: 'The relative, when in the registry.' })
  async citizen(@Parent() link: FamilyLink): Promise<Citizen | null> {
    if (!link.personalIdNumber) return null;
    const [relative] = await this.citizens.lookup([link.personalIdNumber]);
    return relative ? Citizen.fromEntity(relative) : null;
  }
}
