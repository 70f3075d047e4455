import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, Repository } from 'typeorm';
import { CursorCodec, keysetPage } from '@app/pagination';
import { searchKey } from '@app/identifiers';
import { CitizenEntity } from '../records';
import type { SearchCitizensArgs } from './dto/search-citizens.args';

export interface CitizenPage {
  citizens: CitizenEntity[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/** Stewards find citizens by name: diacritics and case ignored, a keyset page at a time. */
@Injectable()
export class CitizenSearchService {
  constructor(
    @InjectRepository(CitizenEntity) private readonly citizens: Repository<CitizenEntity>,
    private readonly cursors: CursorCodec,
  ) {}

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
    const { rows: page, last, hasNextPage } = keysetPage(await query.getMany(), args.first);
    return {
      citizens: page,
      endCursor: last
        ? this.cursors.encode('citizenSearch', { name: last.searchName, personalIdNumber: last.personalIdNumber })
        : null,
      hasNextPage,
    };
  }
}
