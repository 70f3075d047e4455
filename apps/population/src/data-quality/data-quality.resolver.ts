import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentSteward, type StewardPrincipal } from '@app/auth';
import { DataQualityFinding } from './data-quality-finding.model';
import { DataQualityService } from './data-quality.service';
import {
  DataQualityFindingCountArgs,
  DataQualityFindingsArgs,
  OpenDataQualityFindingInput,
  ResolveDataQualityFindingInput,
} from './dto/data-quality.inputs';

@Resolver(() => DataQualityFinding)
export class DataQualityResolver {
  constructor(private readonly findings: DataQualityService) {}

  @Query(() => [DataQualityFinding], { description: 'Data-quality findings by status, oldest first (stewards).' })
  async dataQualityFindings(@Args() args: DataQualityFindingsArgs): Promise<DataQualityFinding[]> {
    const findings = await this.findings.list(args);
    const numbers = await this.findings.personalIdNumbers(findings);
    return findings.map((finding) => DataQualityFinding.fromEntity(finding, numbers.get(finding.citizenId)!));
  }

  @Query(() => Int, { description: 'How many findings have the status, however many `dataQualityFindings` returns.' })
  dataQualityFindingCount(@Args() args: DataQualityFindingCountArgs): Promise<number> {
    return this.findings.count(args.status);
  }

  @Mutation(() => DataQualityFinding, { description: 'Notes something about a record for a steward to look at.' })
  async openDataQualityFinding(
    @CurrentSteward() steward: StewardPrincipal,
    @Args('input') input: OpenDataQualityFindingInput,
  ): Promise<DataQualityFinding> {
    const { finding, personalIdNumber } = await this.findings.open(steward, input);
    return DataQualityFinding.fromEntity(finding, personalIdNumber);
  }

  @Mutation(() => DataQualityFinding, { description: 'Resolves a finding, saying what was found and done.' })
  async resolveDataQualityFinding(
    @CurrentSteward() steward: StewardPrincipal,
    @Args('input') input: ResolveDataQualityFindingInput,
  ): Promise<DataQualityFinding> {
    const finding = await this.findings.resolve(steward, input);
    const numbers = await this.findings.personalIdNumbers([finding]);
    return DataQualityFinding.fromEntity(finding, numbers.get(finding.citizenId)!);
  }
}
