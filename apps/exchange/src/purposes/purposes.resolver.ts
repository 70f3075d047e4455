import { Query, Resolver } from '@nestjs/graphql';
import { Purpose } from './purpose.model';
import { PurposesService } from './purposes.service';

@Resolver(() => Purpose)
export class PurposesResolver {
  constructor(private readonly catalogue: PurposesService) {}

  @Query(() => [Purpose], {
    description: 'The purpose catalogue: the codes agreements and consents name, and the texts citizens read.',
  })
  async purposes(): Promise<Purpose[]> {
    return (await this.catalogue.list()).map((purpose) => Purpose.fromEntity(purpose));
  }
}
