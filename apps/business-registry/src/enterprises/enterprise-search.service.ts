import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { InvalidInputError } from '@app/errors';
import { searchKey, searchKeySql } from '@app/identifiers';
import { CursorCodec, keysetPage } from '@app/pagination';
import { EnterpriseEntity } from './enterprise.entity';
import type { SearchEnterprisesArgs } from './dto/search-enterprises.args';
import { WITH_COLLECTIONS } from './enterprises.service';

export interface EnterpriseSearchPage {
  enterprises: EnterpriseEntity[];
  endCursor: string | null;
  hasNextPage: boolean;
}

// The names a steward may type: Vietnamese, foreign or abbreviated, as one key per enterprise.
const KEY = searchKeySql(`e.name || ' ' || coalesce(e.foreign_name, '') || ' ' || coalesce(e.abbreviation, '')`);

/**
 * Enterprises by name for the business registry's stewards, diacritics and case ignored,
 * ordered by that key and then the code, with a keyset cursor. The key is computed in the
 * query (the table keeps no copy of it): a substring match reads every row anyway, as the
 * citizens' search does.
 */
@Injectable()
export class EnterpriseSearchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cursors: CursorCodec,
  ) {}

  async search(args: SearchEnterprisesArgs): Promise<EnterpriseSearchPage> {
    const key = searchKey(args.name);
    if (key.length < 2) throw new InvalidInputError('name', 'type at least two letters of the name');
    const pattern = `%${key.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    const query = this.dataSource
      .getRepository(EnterpriseEntity)
      .createQueryBuilder('e')
      .where(`${KEY} LIKE :pattern ESCAPE '\\'`, { pattern })
      .orderBy('search_key', 'ASC')
      .addOrderBy('e.enterprise_code', 'ASC')
      .limit(args.first + 1);
    if (args.after) {
      const { name, enterpriseCode } = this.cursors.decode('enterpriseSearch', args.after);
      query.andWhere(`(${KEY}, e.enterprise_code) > (:name, :code)`, { name, code: enterpriseCode });
    }
    const rows = await query.select('e.enterprise_code', 'code').addSelect(KEY, 'search_key').getRawMany<{
      code: string;
      search_key: string;
    }>();
    const { rows: page, last, hasNextPage } = keysetPage(rows, args.first);
    // The whole records, with their lists, in the page's order.
    const records = await this.dataSource.getRepository(EnterpriseEntity).find({
      where: { enterpriseCode: In(page.map((row) => row.code)) },
      relations: WITH_COLLECTIONS,
    });
    const byCode = new Map(records.map((record) => [record.enterpriseCode, record]));
    return {
      enterprises: page.flatMap((row) => byCode.get(row.code) ?? []),
      endCursor: last
        ? this.cursors.encode('enterpriseSearch', { name: last.search_key, enterpriseCode: last.code })
        : null,
      hasNextPage,
    };
  }
}
