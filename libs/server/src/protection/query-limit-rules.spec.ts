import { buildSchema, getIntrospectionQuery, parse, specifiedRules, validate } from 'graphql';
import { loadConfig, type QueryLimits } from '@app/config';
import { queryLimitOptions } from './query-limit-rules';
import { QueryLimitError, queryLimitRefusal } from './query-limit.error';

// The registries' cycle in miniature: enterprise → representatives → citizen → family → citizen …
const schema = buildSchema(`
  type Query {
    enterprise(enterpriseCode: String!): Enterprise
    citizen(personalIdNumber: String!): Citizen
    agencies(first: Int): AgencyConnection!
  }
  type Enterprise { name: String legalRepresentatives: [LegalRepresentative!] }
  type LegalRepresentative { title: String! citizen: Citizen }
  type Citizen { fullName: String birthDate: PartialDate familyLinks: [FamilyLink!] }
  type FamilyLink { relation: String! citizen: Citizen }
  type PartialDate { year: Int! month: Int day: Int }
  type AgencyConnection { nodes: [Agency!]! totalCount: Int! }
  type Agency { code: String! nameVi: String! }
`);

const DEFAULTS = loadConfig({}).queryLimits;

/** The errors validation reports for `query` under `limits` (graphql's own rules included). */
function refusals(query: string, limits: QueryLimits = DEFAULTS) {
  const { validationRules } = queryLimitOptions(limits);
  return validate(schema, parse(query), [...specifiedRules, ...validationRules]).map((error) => ({
    code: error instanceof QueryLimitError ? error.code : error.extensions.code,
    message: error.message,
  }));
}

/** A query `levels` fields deep: citizen → familyLinks → citizen → … → fullName. */
function nested(levels: number): string {
  const hops = Math.floor((levels - 2) / 2);
  const tail = levels % 2 === 0 ? 'fullName' : 'birthDate { year }';
  return `{ citizen(personalIdNumber: "1") { ${'familyLinks { citizen { '.repeat(hops)}${tail}${' } }'.repeat(hops)} } }`;
}

describe('queryLimitOptions', () => {
  it('lets the deepest query the registries serve today through on the defaults', () => {
    const deepest = `{ enterprise(enterpriseCode: "0312345673") { name legalRepresentatives { title citizen {
      fullName birthDate { year month day } familyLinks { relation citizen { fullName birthDate { year } } } } } } }`;
    expect(refusals(deepest)).toEqual([]);
  });

  it('counts depth in field levels, the leaf included, and refuses one past the limit', () => {
    const limits = { ...DEFAULTS, maxDepth: 6 };
    expect(refusals(nested(6), limits)).toEqual([]);
    expect(refusals(nested(7), limits)).toEqual([
      { code: 'QUERY_TOO_DEEP', message: 'Query depth limit of 6 exceeded, found 7.' },
    ]);
    expect(refusals(nested(DEFAULTS.maxDepth))).toEqual([]);
    expect(refusals(nested(DEFAULTS.maxDepth + 1))[0].code).toBe('QUERY_TOO_DEEP');
  });

  it('weighs a named fragment like the same selection written inline', () => {
    const limits = { ...DEFAULTS, maxDepth: 4 };
    const inline = '{ enterprise(enterpriseCode: "1") { legalRepresentatives { citizen { fullName } } } }';
    const named = `{ enterprise(enterpriseCode: "1") { ...Reps } }
      fragment Reps on Enterprise { legalRepresentatives { ...Person } }
      fragment Person on LegalRepresentative { citizen { fullName } }`;
    expect(refusals(inline, limits)).toEqual([]);
    expect(refusals(named, limits)).toEqual([]);
    expect(refusals(named, { ...limits, maxDepth: 3 })[0].code).toBe('QUERY_TOO_DEEP');
  });

  it('survives a fragment that spreads itself, which graphql reports', () => {
    const cycle =
      '{ citizen(personalIdNumber: "1") { ...A } } fragment A on Citizen { familyLinks { citizen { ...A } } }';
    expect(refusals(cycle).map((error) => error.message)).toContain('Cannot spread fragment "A" within itself.');
  });

  it('refuses more aliases than allowed; __typename may be aliased freely', () => {
    const aliased = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `c${i}: citizen(personalIdNumber: "${i}") { fullName }`).join(' ')} }`;
    expect(refusals(aliased(DEFAULTS.maxAliases))).toEqual([]);
    expect(refusals(aliased(DEFAULTS.maxAliases + 1))).toEqual([
      { code: 'TOO_MANY_ALIASES', message: `Aliases limit of ${DEFAULTS.maxAliases} exceeded, found 16.` },
    ]);
    const typenames = Array.from({ length: 40 }, (_, i) => `t${i}: __typename`).join(' ');
    expect(refusals(`{ ${typenames} }`)).toEqual([]);
  });

  it('refuses a costly query: pages multiply, levels weigh more the deeper they are', () => {
    const page = (first: number) => `{ agencies(first: ${first}) { nodes { code nameVi } totalCount } }`;
    // (2 + 1.5 × (2 + 1.5 × 2) + 1.5 × 1) × first = 11 × first
    expect(refusals(page(100))).toEqual([]);
    expect(refusals(page(500), { ...DEFAULTS, maxCost: 5500 })).toEqual([]);
    expect(refusals(page(501), { ...DEFAULTS, maxCost: 5500 })).toEqual([
      { code: 'QUERY_TOO_COMPLEX', message: 'Query Cost limit of 5500 exceeded, found 5511.' },
    ]);
  });

  it('refuses more directives than allowed', () => {
    const directed = (n: number) => `{ ${'__typename @include(if: true) '.repeat(n)}}`;
    expect(refusals(directed(DEFAULTS.maxDirectives))).toEqual([]);
    expect(refusals(directed(DEFAULTS.maxDirectives + 1))).toEqual([
      { code: 'TOO_MANY_DIRECTIVES', message: `Directives limit of ${DEFAULTS.maxDirectives} exceeded, found 21.` },
    ]);
  });

  it('stops the parser past the token limit, and the refusal is recognised as TOO_MANY_TOKENS', () => {
    const { parseOptions } = queryLimitOptions({ ...DEFAULTS, maxTokens: 100 });
    // { + 98 × __typename + } = 100 tokens; comments and commas are not tokens.
    expect(() => parse(`{ ${'__typename, # hi\n'.repeat(98)}}`, parseOptions)).not.toThrow();
    let error: unknown;
    try {
      parse(`{ ${'__typename '.repeat(99)}}`, parseOptions);
    } catch (caught) {
      error = caught;
    }
    // This pins graphql-js's wording, which the gateway recognises; an upgrade that changes it fails here.
    expect(queryLimitRefusal(error)).toEqual({ code: 'TOO_MANY_TOKENS', message: 'Token limit of 100 exceeded.' });
  });

  it('lets the standard introspection query through on the defaults (development tools send it)', () => {
    const query = getIntrospectionQuery();
    expect(() => parse(query, queryLimitOptions(DEFAULTS).parseOptions)).not.toThrow();
    expect(refusals(query)).toEqual([]);
  });
});
