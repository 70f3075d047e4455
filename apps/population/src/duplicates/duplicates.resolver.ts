import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Citizen } from '../records';
import { CitizenDuplicatesService } from './citizen-duplicates.service';
import { DuplicateCandidate } from './duplicate-candidate.model';
import { DuplicateCandidatesArgs } from './dto/duplicate-candidates.args';

/** Pairs of records that may be one person; a steward asks to merge them (requestMerge). */
@Resolver(() => DuplicateCandidate)
export class DuplicatesResolver {
  constructor(private readonly duplicates: CitizenDuplicatesService) {}

  @Query(() => Int, { description: 'How many pairs `duplicateCandidates` would return without a limit (stewards).' })
  duplicateCandidateCount(): Promise<number> {
    return this.duplicates.count();
  }

  @Query(() => [DuplicateCandidate], { description: 'Pairs of records that may be one person (stewards).' })
  async duplicateCandidates(@Args() args: DuplicateCandidatesArgs): Promise<DuplicateCandidate[]> {
    const pairs = await this.duplicates.candidates(args.first);
    return pairs.map((pair) => ({
      reason: pair.reason,
      citizens: pair.citizens.map((citizen) => Citizen.fromEntity(citizen)),
    }));
  }
}
