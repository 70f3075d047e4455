import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { PERMISSIONS, permissionOf, type Permission } from '@app/access';
import { startTestGraph, type TestGraph } from '../tools/graph/start-graph';
import { agencyAuthorization, citizenAuthorization } from './support/agencies';
import { graphqlClient } from './support/graphql';

/** One caller of each kind the graph knows, and no caller at all. */
type Caller = 'anonymous' | 'agency' | 'citizen' | 'population steward' | 'business steward' | 'admin' | 'auditor';
const CALLERS: Caller[] = [
  'anonymous',
  'agency',
  'citizen',
  'population steward',
  'business steward',
  'admin',
  'auditor',
];

/** Whether the one list lets `caller` call an operation of `permission`. */
function mayCall(permission: Permission, caller: Caller): boolean {
  if (permission.callers === 'anyone') return true;
  if (caller === 'anonymous') return false;
  const [kind, registry] =
    caller === 'population steward'
      ? (['steward', 'population'] as const)
      : caller === 'business steward'
        ? (['steward', 'business'] as const)
        : ([caller, undefined] as const);
  return permission.callers.includes(kind) && (!permission.registry || permission.registry === registry);
}

const SCHEMA = buildSchema(readFileSync(join(__dirname, '..', 'supergraph.graphql'), 'utf8'), {
  assumeValidSDL: true,
});

/** A value of `type` that GraphQL accepts: the guard runs before any argument is checked further. */
function sampleOf(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleOf(type.ofType);
  if (isListType(type)) return [sampleOf(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter((field) => isNonNullType(field.type));
    return Object.fromEntries(required.map((field) => [field.name, sampleOf(field.type)]));
  }
  if (isScalarType(type)) {
    const samples: Record<string, unknown> = {
      Int: 1,
      Float: 1,
      Boolean: true,
      DateTime: '2026-01-01T00:00:00Z',
    };
    return samples[type.name] ?? 'x';
  }
  throw new Error(`no sample for ${String(type)}`);
}

/** The smallest valid request of an operation: its required arguments, and __typename. */
function probeOf(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const required = field.args.filter((arg: GraphQLArgument) => isNonNullType(arg.type));
  const declared = required.map((arg, i) => `$a${i}: ${String(arg.type)}`).join(', ');
  const passed = required.map((arg, i) => `${arg.name}: $a${i}`).join(', ');
  const composite = !isScalarType(getNamedType(field.type)) && !isEnumType(getNamedType(field.type));
  const query = `${kind} Probe${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${composite ? ' { __typename }' : ''} }`;
  const variables = Object.fromEntries(required.map((arg, i) => [`a${i}`, sampleOf(arg.type)]));
  return { query, variables };
}

const OPERATIONS = (['query', 'mutation'] as const).flatMap((kind) => {
  const type = kind === 'query' ? SCHEMA.getQueryType()! : SCHEMA.getMutationType()!;
  return Object.values(type.getFields()).map((field) => ({
    coordinate: `${type.name}.${field.name}`,
    kind,
    probe: probeOf(kind, field),
  }));
});

const REFUSED_REASONS = ['CALLER_KIND_NOT_ALLOWED', 'NOT_A_STEWARD_OF_THIS_REGISTRY'];

// In the manner of OpenCRVS's per-endpoint tests: for every query and mutation the graph
// serves, every kind of caller the one permission list (libs/access/src/permissions.ts) leaves
// out is refused, proven by a request through the gateway, before anything runs. A query is
// also asked by the callers it admits, which the guard must let through (whatever the
// resolver then says of the sample arguments); a mutation is not, as it would change data.
describe('every operation refuses the callers its permission leaves out, by request', () => {
  let graph: TestGraph;
  let authorization: Record<Caller, string | null>;

  beforeAll(async () => {
    graph = await startTestGraph();
    const mint = (claims: Parameters<TestGraph['tokens']['mint']>[0]) => `Bearer ${graph.tokens.mint(claims)}`;
    authorization = {
      anonymous: null,
      agency: agencyAuthorization(graph, 'BHXH', 'SOCIAL_INSURANCE_ENROLMENT'),
      citizen: citizenAuthorization(graph, '001085012345'),
      'population steward': mint({ kind: 'steward', sub: 'st-probe-p', registry: 'population' }),
      'business steward': mint({ kind: 'steward', sub: 'st-probe-b', registry: 'business' }),
      admin: mint({ kind: 'admin', sub: 'adm-probe' }),
      auditor: mint({ kind: 'auditor', sub: 'aud-probe' }),
    };
  });

  afterAll(async () => {
    await graph?.close();
  });

  const gql = graphqlClient(() => graph.gatewayUrl);

  it('serves exactly the operations the list names (beside the entity references)', () => {
    const listed = Object.keys(PERMISSIONS).filter((coordinate) => !coordinate.endsWith('.__resolveReference'));
    expect(OPERATIONS.map((operation) => operation.coordinate).sort()).toEqual(listed.sort());
  });

  it.each(OPERATIONS.map((operation) => [operation.coordinate, operation] as const))('%s', async (_, operation) => {
    const permission = permissionOf(operation.coordinate)!;
    const outcomes: string[] = [];
    const expected: string[] = [];
    for (const caller of CALLERS) {
      const allowed = mayCall(permission, caller);
      if (allowed && operation.kind === 'mutation') continue;
      const { body } = await gql(operation.probe.query, operation.probe.variables, authorization[caller]);
      const error = (body as { errors?: { extensions?: { code?: string; reason?: string } }[] }).errors?.[0]
        ?.extensions;
      const refused =
        error?.code === 'UNAUTHENTICATED' ||
        (error?.code === 'FORBIDDEN' && REFUSED_REASONS.includes(error.reason ?? ''));
      outcomes.push(`${caller}: ${refused ? `refused (${error.code})` : 'let through'}`);
      expected.push(
        `${caller}: ${allowed ? 'let through' : `refused (${caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN'})`}`,
      );
    }
    expect(outcomes).toEqual(expected);
  });
});
