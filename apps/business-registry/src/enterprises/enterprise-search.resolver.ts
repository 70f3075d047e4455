import { Args, Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { SearchEnterprisesArgs } from './dto/search-enterprises.args';
import { Enterprise } from './enterprise.model';
import { EnterpriseSearchService } from './enterprise-search.service';

@ObjectType('EnterprisePage')
export class EnterprisePage {
  @Field(() => [Enterprise])
  nodes: Enterprise[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor: string | null;

  @Field()
  hasNextPage: boolean;
}

@Resolver()
export class EnterpriseSearchResolver {
  constructor(private readonly search: EnterpriseSearchService) {}

  @Query(() => EnterprisePage, {
    description: 'Enterprises by name (Vietnamese, foreign or abbreviated), diacritics and case ignored (stewards).',
  })
  async searchEnterprises(@Args() args: SearchEnterprisesArgs): Promise<EnterprisePage> {
    const page = await this.search.search(args);
    return {
      nodes: page.enterprises.map((entity) => Enterprise.fromEntity(entity)),
      endCursor: page.endCursor,
      hasNextPage: page.hasNextPage,
    };
  }
}
