import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Directive, Field, ObjectType } from '@nestjs/graphql';

/**
 * Where a keyset page ends, for every list of the graph: one shape, `{ nodes, pageInfo }`, with
 * this as its pageInfo. Shared by the subgraphs (the same type in each).
 */
@ObjectType('PageInfo')
@Directive('@shareable')
export class PageInfo {
  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor: string | null;

  @Field()
  hasNextPage: boolean;
}

/**
 * One keyset page out of `rows`, fetched as `first + 1` rows in the list's order: the first
 * `first` of them, and whether there were more. The extra row is how a page knows it is not the
 * last without counting.
 */
export function keysetPage<T>(
  rows: readonly T[],
  first: number,
): { rows: T[]; last: T | undefined; hasNextPage: boolean } {
  const page = rows.slice(0, first);
  return { rows: page, last: page[page.length - 1], hasNextPage: rows.length > first };
}

/** A place in a list ordered by (time, id): where a page ended. */
export interface TimeAndId {
  at: Date;
  id: string;
}

/**
 * One page of a TypeORM query, oldest first by (`timeColumn`, id), keyset-paged after `after`:
 * the rows of the page, where it ended, and whether more follow (consent requests, consents,
 * disputes).
 */
export async function pageByTimeAndId<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  timeColumn: string,
  timeOf: (row: T) => Date,
  filter: { first: number; after: TimeAndId | null },
): Promise<{ rows: T[]; end: TimeAndId | null; hasNextPage: boolean }> {
  const alias = query.alias;
  if (filter.after) {
    query.andWhere(`(${alias}.${timeColumn}, ${alias}.id) > (:at, :id)`, { at: filter.after.at, id: filter.after.id });
  }
  const rows = await query
    .orderBy(`${alias}.${timeColumn}`, 'ASC')
    .addOrderBy(`${alias}.id`, 'ASC')
    .limit(filter.first + 1)
    .getMany();
  const { rows: page, last, hasNextPage } = keysetPage(rows, filter.first);
  return { rows: page, end: last ? { at: timeOf(last), id: last.id } : null, hasNextPage };
}
