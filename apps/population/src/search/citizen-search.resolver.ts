import { Args, Query, Resolver } from '@nestjs/graphql';
import { Citizen } from '../records';
import { CitizenPage } from './citizen-page.model';
import { CitizenSearchService } from './citizen-search.service';
import { SearchCitizensArgs } from './dto/search-citizens.args';

/** Stewards' name search over the population registry. */
@Resolver(() => CitizenPage)
export class CitizenSearchResolver {
  constructor(private readonly search: CitizenSearchService) {}

  @Query(() => CitizenPage, { description: 'Citizens by name, diacritics and case ignored, page by page (stewards).' })
  async searchCitizens(@Args() args: SearchCitizensArgs): Promise<CitizenPage> {
    const page = await this.search.search(args);
    return {
      nodes: page.citizens.map((citizen) => Citizen.fromEntity(citizen)),
      endCursor: page.endCursor,
      hasNextPage: page.hasNextPage,
    };
  }
}
