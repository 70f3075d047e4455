import { Args, Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { PageInfo } from '@app/pagination';
import { SearchEnterprisesArgs } from './dto/search-enterprises.args';
import { Enterprise } from './enterprise.model';
import { EnterpriseSearchService } from './enterprise-search.service';

@ObjectType('EnterpriseConnection', { description: 'Enterprises, a keyset page at a time.' })
export class EnterpriseConnection {
  @Field(() => [Enterprise])
  nodes: Enterprise[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@Resolver()
export class EnterpriseSearchResolver {
  constructor(private readonly search: EnterpriseSearchService) {}

  @Query(() => EnterpriseConnection, {
    description: 'Enterprises by name (Vietnamese, foreign or abbreviated), diacritics and case ignored (stewards).',
  })
  async searchEnterprises(@Args() args: SearchEnterprisesArgs): Promise<EnterpriseConnection> {
    const page = await this.search.search(args);
    return {
      nodes: page.enterprises.map((entity) => Enterprise.fromEntity(entity)),
      pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
    };
  }
}
