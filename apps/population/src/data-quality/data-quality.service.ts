import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { StewardPrincipal } from '@app/auth';
import { DomainError, NotFoundError } from '@app/errors';
import { personalIdFindings } from '@app/identifiers';
import { CitizenEntity, CitizenNotFoundError, RegistrationChecks } from '../records';
import { DataQualityFindingEntity } from './data-quality-finding.entity';
import type {
  DataQualityFindingsArgs,
  OpenDataQualityFindingInput,
  ResolveDataQualityFindingInput,
} from './dto/data-quality.inputs';

export class FindingNotFoundError extends NotFoundError {
  readonly code = 'FINDING_NOT_FOUND';
}

export class FindingResolvedError extends DomainError {
  readonly code = 'FINDING_RESOLVED';
}

/** Opens findings (the registry's own and stewards'), lists and resolves them. */
@Injectable()
export class DataQualityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    registrationChecks: RegistrationChecks,
  ) {
    registrationChecks.add((manager, citizen) => DataQualityService.openIdNumberFindings(manager, citizen));
  }

  /** At registration, in its transaction: what the ID number says against the record. */
  static async openIdNumberFindings(manager: EntityManager, citizen: CitizenEntity): Promise<void> {
    const findings = personalIdFindings(citizen.personalIdNumber, {
      birthYear: citizen.birthYear,
      sex: citizen.sex,
    });
    if (findings.length === 0) return;
    await manager.insert(
      DataQualityFindingEntity,
      findings.map((finding) => ({
        citizenId: citizen.id,
        kind: finding.kind,
        message: finding.message,
        openedBy: 'system',
      })),
    );
  }

  async open(
    steward: StewardPrincipal,
    input: OpenDataQualityFindingInput,
  ): Promise<{ finding: DataQualityFindingEntity; personalIdNumber: string }> {
    const citizen = await this.dataSource
      .getRepository(CitizenEntity)
      .findOneBy({ personalIdNumber: input.personalIdNumber });
    if (!citizen) throw new CitizenNotFoundError(input.personalIdNumber);
    const repository = this.dataSource.getRepository(DataQualityFindingEntity);
    const finding = await repository.save(
      repository.create({
        citizenId: citizen.id,
        kind: input.kind,
        message: input.message,
        openedBy: steward.stewardId,
      }),
    );
    return { finding, personalIdNumber: citizen.personalIdNumber };
  }

  async resolve(steward: StewardPrincipal, input: ResolveDataQualityFindingInput): Promise<DataQualityFindingEntity> {
    return this.dataSource.transaction(async (manager) => {
      const finding = await manager.findOne(DataQualityFindingEntity, {
        where: { id: input.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!finding) throw new FindingNotFoundError(`No finding ${input.id}`, { id: input.id });
      if (finding.status === 'resolved')
        throw new FindingResolvedError(`Finding ${input.id} is resolved already`, { id: input.id });
      Object.assign(finding, {
        status: 'resolved',
        resolvedBy: steward.stewardId,
        resolvedAt: new Date(),
        resolution: input.resolution,
      });
      return manager.save(finding);
    });
  }

  count(status: string): Promise<number> {
    return this.dataSource
      .getRepository(DataQualityFindingEntity)
      .countBy({ status: status as DataQualityFindingEntity['status'] });
  }

  async list(args: DataQualityFindingsArgs): Promise<DataQualityFindingEntity[]> {
    let citizenId: string | undefined;
    if (args.personalIdNumber) {
      const citizen = await this.dataSource
        .getRepository(CitizenEntity)
        .findOneBy({ personalIdNumber: args.personalIdNumber });
      if (!citizen) throw new CitizenNotFoundError(args.personalIdNumber);
      citizenId = citizen.id;
    }
    return this.dataSource.getRepository(DataQualityFindingEntity).find({
      where: { status: args.status as DataQualityFindingEntity['status'], ...(citizenId ? { citizenId } : {}) },
      order: { openedAt: 'ASC' },
      take: args.first,
    });
  }

  /** The personal ID numbers of the records the findings are about, in one query. */
  async personalIdNumbers(findings: DataQualityFindingEntity[]): Promise<Map<string, string>> {
    const citizens = await this.dataSource.getRepository(CitizenEntity).find({
      where: { id: In([...new Set(findings.map((finding) => finding.citizenId))]) },
      select: { id: true, personalIdNumber: true },
    });
    return new Map(citizens.map((citizen) => [citizen.id, citizen.personalIdNumber]));
  }
}
