import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ConsentPosition } from './consent-views';

/**
 * One page of an agency's requests or consents, oldest first by (`timeColumn`, id), keyset-
 * paged after `after`: the rows of the page, where it ended, and whether more follow.
 */
export async function keysetPage<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  timeColumn: string,
  timeOf: (row: T) => Date,
  filter: { first: number; after: ConsentPosition | null },
): Promise<{ rows: T[]; end: ConsentPosition | null; hasNextPage: boolean }> {
  const alias = query.alias;
  if (filter.after) {
    query.andWhere(`(${alias}.${timeColumn}, ${alias}.id) > (:at, :id)`, { at: filter.after.at, id: filter.after.id });
  }
  const rows = await query
    .orderBy(`${alias}.${timeColumn}`, 'ASC')
    .addOrderBy(`${alias}.id`, 'ASC')
    .limit(filter.first + 1)
    .getMany();
  const page = rows.slice(0, filter.first);
  const last = page[page.length - 1];
  return { rows: page, end: last ? { at: timeOf(last), id: last.id } : null, hasNextPage: rows.length > filter.first };
}
