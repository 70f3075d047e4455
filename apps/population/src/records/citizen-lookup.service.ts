import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { InvalidInputError } from '@app/errors';
import { CitizenEntity } from './citizen.entity';

/** Citizens by personal ID number: many in one round trip, merged duplicates led to their survivors. */
@Injectable()
export class CitizenLookupService {
  constructor(
    @InjectRepository(CitizenEntity) private readonly citizens: Repository<CitizenEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** One query for all of them, answered in the order asked; null where there is none. */
  async lookup(personalIdNumbers: string[]): Promise<(CitizenEntity | null)[]> {
    this.assertBatchSize(personalIdNumbers);
    const found = await this.citizens.findBy({ personalIdNumber: In([...new Set(personalIdNumbers)]) });
    // Merged duplicates lead to their survivors: one more query, only when there are any.
    const survivorIds = found.flatMap((citizen) => (citizen.mergedIntoId ? [citizen.mergedIntoId] : []));
    const survivors = survivorIds.length ? await this.citizens.findBy({ id: In(survivorIds) }) : [];
    const byId = new Map(survivors.map((citizen) => [citizen.id, citizen]));
    const byNumber = new Map(
      found.map((citizen) => [
        citizen.personalIdNumber,
        citizen.mergedIntoId ? (byId.get(citizen.mergedIntoId) ?? null) : citizen,
      ]),
    );
    return personalIdNumbers.map((number) => byNumber.get(number) ?? null);
  }

  /** Refuses a batch larger than configured, before the policy is asked about each of them. */
  assertBatchSize(personalIdNumbers: readonly string[]): void {
    if (personalIdNumbers.length > this.config.maxBatchLookup) {
      throw new InvalidInputError(
        'personalIdNumbers',
        `at most ${this.config.maxBatchLookup} identifiers in one lookup (got ${personalIdNumbers.length})`,
        'BATCH_TOO_LARGE',
      );
    }
  }
}
