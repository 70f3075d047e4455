import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { parseDateTime } from './date-time';

/**
 * The one DateTime scalar of every subgraph, in place of @nestjs/graphql's GraphQLISODateTime,
 * which reads any text JavaScript's Date parses and rolls an impossible day over into the
 * next month. Input must be an RFC 3339 date-time naming a real instant. Anything else is
 * read as an invalid Date, which the validation pipe refuses with INVALID_DATE naming the
 * argument, before any resolver runs: refused there rather than here, because a subgraph's
 * GraphQL-level refusal is an HTTP 400 that the gateway would report as the subgraph failing.
 */
export const DateTimeScalar = new GraphQLScalarType<Date | null, string | null>({
  name: 'DateTime',
  description: 'A date-time string with a zone, RFC 3339, such as 2019-12-03T09:54:33Z or 2019-12-03T16:54:33+07:00.',
  serialize(value) {
    return value instanceof Date ? value.toISOString() : null;
  },
  parseValue(value) {
    return dateTimeOf(value);
  },
  parseLiteral(ast: ValueNode) {
    return dateTimeOf(ast.kind === Kind.STRING ? ast.value : undefined);
  },
});

function dateTimeOf(value: unknown): Date {
  return (typeof value === 'string' ? parseDateTime(value) : null) ?? new Date(Number.NaN);
}

/** A Date that names no instant: what the DateTime scalar reads an impossible date-time as. */
export function isInvalidDate(value: unknown): value is Date {
  return value instanceof Date && Number.isNaN(value.getTime());
}
