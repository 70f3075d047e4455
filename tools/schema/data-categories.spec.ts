import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isObjectType } from 'graphql';
import { DATA_CATEGORY_CODES, fieldCategoriesOf, subjectTypes } from '@app/access';
// The models and the resolvers that add data fields to them (their decorators register the categories).
import '../../apps/population/src/records/citizens.resolver';
import '../../apps/population/src/records/family-links.resolver';
import '../../apps/business-registry/src/enterprises/enterprises.resolver';
import '../../apps/business-registry/src/enterprises/citizen-roles.resolver';

/** Fields that carry no data of the subject: the key the caller already holds, and federation's own. */
const NOT_DATA = new Set(['personalIdNumber', 'enterpriseCode']);

describe('data categories', () => {
  const supergraph = buildSchema(readFileSync(join(__dirname, '..', '..', 'supergraph.graphql'), 'utf8'), {
    assumeValidSDL: true,
  });
  const categoriesByType = new Map<string, Map<string, string>>();
  for (const [type, spec] of subjectTypes()) {
    const fields = categoriesByType.get(spec.typeName) ?? new Map<string, string>();
    for (const [field, category] of fieldCategoriesOf(type)) fields.set(field, category);
    categoriesByType.set(spec.typeName, fields);
  }

  it('finds the subject types of both registries', () => {
    expect([...categoriesByType.keys()].sort()).toEqual(['Citizen', 'Enterprise']);
  });

  it.each(['Citizen', 'Enterprise'])('gives every data field of %s in the supergraph a category', (typeName) => {
    const type = supergraph.getType(typeName);
    if (!isObjectType(type)) throw new Error(`${typeName} is not in the supergraph`);
    const declared = categoriesByType.get(typeName)!;
    const missing = Object.keys(type.getFields()).filter((field) => !NOT_DATA.has(field) && !declared.has(field));
    expect(missing).toEqual([]);
    expect(declared.size).toBeGreaterThan(5);
  });

  it('uses only categories of the catalogue', () => {
    const used = [...categoriesByType.values()].flatMap((fields) => [...fields.values()]);
    expect(used.filter((category) => !(DATA_CATEGORY_CODES as readonly string[]).includes(category))).toEqual([]);
  });
});
