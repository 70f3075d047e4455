import { Args, Query, Resolver } from '@nestjs/graphql';
import { Citizen } from '../records';
import { CitizenConnection } from './citizen-connection.model';
import { CitizenSearchService } from './citizen-search.service';
import { SearchCitizensArgs } from './dto/search-citizens.args';

/** Stewards' name search over the population registry. */
@Resolver(() => CitizenConnection)
export class CitizenSearchResolver {
  constructor(private readonly search: CitizenSearchService) {}

  @Query(() => CitizenConnection, {
    description: 'Citizens by name, diacritics and case ignored, page by page (stewards).',
  })
  async searchCitizens(@Args() args: SearchCitizensArgs): Promise<CitizenConnection> {
    const page = await this.search.search(args);
    return {
      nodes: page.citizens.map((citizen) => Citizen.fromEntity(citizen)),
      pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
    };
  }
}
