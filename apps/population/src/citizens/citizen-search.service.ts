import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, In, Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { InvalidInputError } from '@app/errors';
import { CursorCodec } from '@app/pagination';
import { searchKey } from '@app/identifiers';
import { CitizenEntity } from './citizen.entity';
import type { SearchCitizensArgs } from './dto/search-citizens.args';

export interface CitizenPage {
  citizens: CitizenEntity[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/** Finding citizens: many by identifier in one round trip, or by name for stewards. */
@Injectable()
export class CitizenSearchService {
  constructor(
    @InjectRepository(CitizenEntity) private readonly citizens: Repository<CitizenEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly cursors: CursorCodec,
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

  /**
   * Accent- and case-insensitive name search over the stored search key, ordered by that key
   * and then the ID number, with a keyset cursor (stable while records are added).
   */
  async search(args: SearchCitizensArgs): Promise<CitizenPage> {
    const key = searchKey(args.name);
    const query = this.citizens
      .createQueryBuilder('c')
      .where('c.merged_into_id IS NULL')
      .andWhere(`c.search_name LIKE :pattern ESCAPE '\\'`, { pattern: `%${key.replace(/[\\%_]/g, (m) => `\\${m}`)}%` })
      .orderBy('c.search_name', 'ASC')
      .addOrderBy('c.personal_id_number', 'ASC')
      .take(args.first + 1);
    if (args.birthYear) query.andWhere('c.birth_year = :birthYear', { birthYear: args.birthYear });
    if (args.sex) query.andWhere('c.sex = :sex', { sex: args.sex });
    if (args.after) {
      const { name, personalIdNumber: id } = this.cursors.decode('citizenSearch', args.after);
      query.andWhere(
        new Brackets((where) =>
          where
            .where('c.search_name > :name', { name })
            .orWhere('c.search_name = :name AND c.personal_id_number > :id', { id }),
        ),
      );
    }
    const rows = await query.getMany();
    const page = rows.slice(0, args.first);
    const last = page[page.length - 1];
    return {
      citizens: page,
      endCursor: last
        ? this.cursors.encode('citizenSearch', { name: last.searchName, personalIdNumber: last.personalIdNumber })
        : null,
      hasNextPage: rows.length > args.first,
    };
  }
}
