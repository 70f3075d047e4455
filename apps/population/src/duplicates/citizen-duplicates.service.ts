import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { CitizenEntity } from '../records';

export interface DuplicatePair {
  reason: 'SAME_NAME_BIRTH_DATE_AND_PLACE' | 'SAME_OLD_ID_NUMBER';
  citizens: [CitizenEntity, CitizenEntity];
}

// Every candidate pair: the same name, birth date and place, or the same old ID card number.
const PAIRS = `
       SELECT a.id AS a, b.id AS b, 'SAME_NAME_BIRTH_DATE_AND_PLACE' AS reason
         FROM population.citizens a
         JOIN population.citizens b
           ON b.search_name = a.search_name AND b.birth_year = a.birth_year
          AND b.birth_month IS NOT DISTINCT FROM a.birth_month AND b.birth_day IS NOT DISTINCT FROM a.birth_day
          AND left(b.personal_id_number, 3) = left(a.personal_id_number, 3)
          AND b.personal_id_number > a.personal_id_number
        WHERE a.merged_into_id IS NULL AND b.merged_into_id IS NULL
       UNION
       SELECT a.id, b.id, 'SAME_OLD_ID_NUMBER'
         FROM population.citizens a
         JOIN population.citizens b ON b.old_id_number = a.old_id_number AND b.personal_id_number > a.personal_id_number
        WHERE a.merged_into_id IS NULL AND b.merged_into_id IS NULL`;

/**
 * Records that may be the same person, for stewards to merge: the same name (ignoring
 * diacritics and case), birth date and place of birth registration (the ID number's first
 * three digits), or the same old identity card number. Merged records are left out.
 */
@Injectable()
export class CitizenDuplicatesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** How many pairs there are in all, for the queue's count. */
  async count(): Promise<number> {
    const [row] = await this.dataSource.query<{ count: string }[]>(`SELECT count(*) AS count FROM (${PAIRS}) AS pairs`);
    return Number(row.count);
  }

  async candidates(first: number): Promise<DuplicatePair[]> {
    const pairs = await this.dataSource.query<{ a: string; b: string; reason: DuplicatePair['reason'] }[]>(
      `${PAIRS} ORDER BY 1, 2 LIMIT $1`,
      [first],
    );
    const ids = [...new Set(pairs.flatMap((pair) => [pair.a, pair.b]))];
    const citizens = await this.dataSource.getRepository(CitizenEntity).findBy({ id: In(ids) });
    const byId = new Map(citizens.map((citizen) => [citizen.id, citizen]));
    return pairs.map((pair) => ({ reason: pair.reason, citizens: [byId.get(pair.a)!, byId.get(pair.b)!] }));
  }
}
