import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import request from 'supertest';
import { loadSigningKeys } from '@app/auth';
import { loadCursorKey } from '@app/pagination';
import { SUBGRAPH_NAMES, portVariable, readEnvironment, subgraphUrlVariable, type SubgraphName } from '@app/config';
import { AppProcess } from '../tools/graph/app-process';
import { distDir, startTestGraph, type TestGraph } from '../tools/graph/start-graph';
import { unexpectedAnswers } from './support/request-errors';

// A subgraph's port is reachable by whoever reaches the gateway's network: it must hold the
// gateway's limits and production rules itself, not rely on the gateway in front of it.

const SCHEMA_TOKEN_SECRET = 'subgraph-limits-test-secret-0123456789abcdef';
const SERVICE_QUERY = '{ _service { sdl } }';

/** Per subgraph: queries that are valid there, and each over one limit of the production subgraphs. */
const OVER_LIMIT: Record<SubgraphName, { deep: string; aliased: string; costly: string; typo: string }> = {
  population: {
    deep: '{ citizen(personalIdNumber: "001085012345") { familyLinks { citizen { fullName } } } }',
    aliased: aliases(16, (i) => `citizen(personalIdNumber: "${i}") { fullName }`),
    costly: '{ searchCitizens(name: "an", first: 100) { nodes { fullName } } }',
    typo: '{ citizen(personalIdNumber: "001085012345") { fulName } }',
  },
  'business-registry': {
    deep: '{ enterprise(enterpriseCode: "0312345673") { legalRepresentatives { citizen { personalIdNumber } } } }',
    aliased: aliases(16, (i) => `enterprise(enterpriseCode: "${i}") { name }`),
    costly: `{ enterpriseAccessLog(enterpriseCode: "0312345673", from: "2026-01-01T00:00:00Z",
      to: "2026-02-01T00:00:00Z", first: 100) { nodes { time } } }`,
    typo: '{ enterprise(enterpriseCode: "0312345673") { nam } }',
  },
  exchange: {
    deep: '{ myAccessLog(from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z", first: 1) { nodes { bases { kind } } } }',
    aliased: aliases(16, () => 'agencies(first: 1) { totalCount }'),
    costly: '{ agencies(first: 100) { nodes { code } } }',
    typo: '{ agencies(first: 1) { totalCont } }',
  },
};

/**
 * A schema token as the README describes it: HS256 over SCHEMA_TOKEN_SECRET, for the audience
 * sochung-subgraph-schema, issued by the gateway or the composition tool, valid a minute.
 */
function schemaToken(secret: string, issuer: string, issuedAt = Date.now()): Promise<string> {
  const iat = Math.floor(issuedAt / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(issuer)
    .setAudience('sochung-subgraph-schema')
    .setIssuedAt(iat)
    .setExpirationTime(iat + 60)
    .sign(new TextEncoder().encode(secret));
}

function aliases(count: number, field: (i: number) => string): string {
  return `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field(i)}`).join(' ')} }`;
}

describe('each subgraph reached directly holds the same limits and production rules as the gateway', () => {
  let graph: TestGraph;
  let keysDir: string;
  const production = {} as Record<SubgraphName, { app: AppProcess; url: string }>;
  let productionGateway: AppProcess;
  let productionGatewayUrl: string;

  beforeAll(async () => {
    graph = await startTestGraph();
    keysDir = mkdtempSync(join(tmpdir(), 'sochung-keys-'));
    const registryKeyFile = join(keysDir, 'registry-signing.private.jwk');
    loadSigningKeys(registryKeyFile, { create: true }); // production never creates its key
    const cursorKeyFile = join(keysDir, 'cursor.key');
    loadCursorKey(cursorKeyFile, { create: true }); // nor its cursor key
    const env = {
      ...readEnvironment(),
      NODE_ENV: 'production',
      DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      // A production app refuses the embedded database by configuration, not by protocol.
      DATABASE_URL:
        graph.database.env.DATABASE_URL ??
        `postgres://postgres@127.0.0.1:${graph.database.env.EMBEDDED_DB_PORT}/postgres`,
      REGISTRY_SIGNING_KEY_FILE: registryKeyFile,
      CURSOR_KEY_FILE: cursorKeyFile,
      SCHEMA_TOKEN_SECRET,
      // Tighter than the defaults, so that small valid queries on every subgraph go over them.
      GRAPHQL_MAX_DEPTH: '3',
      GRAPHQL_MAX_COST: '200',
    };
    await Promise.all(
      SUBGRAPH_NAMES.map(async (name) => {
        const app = AppProcess.spawn(name, distDir(), { ...env, [portVariable(name)]: '0' }, (_, line) =>
          process.stderr.write(`[production ${name}] ${line}\n`),
        );
        production[name] = { app, url: await app.listening(90_000) };
      }),
    );
    // The gateway composing from the production subgraphs at start: it proves itself with the secret.
    productionGateway = AppProcess.spawn(
      'gateway',
      distDir(),
      {
        ...env,
        GATEWAY_PORT: '0',
        SUPERGRAPH_SOURCE: 'introspect',
        ...Object.fromEntries(
          SUBGRAPH_NAMES.map((name) => [subgraphUrlVariable(name), `${production[name].url}/graphql`]),
        ),
      },
      (_, line) => process.stderr.write(`[production gateway] ${line}\n`),
    );
    productionGatewayUrl = await productionGateway.listening(90_000);
  }, 240_000);

  afterAll(async () => {
    await productionGateway?.stop();
    await Promise.all(Object.values(production).map(({ app }) => app.stop()));
    await graph?.close();
    if (keysDir) rmSync(keysDir, { recursive: true, force: true });
  });

  const post = (url: string, query: string, authorization?: string) => {
    const call = request(url).post('/graphql');
    if (authorization) call.set('Authorization', authorization);
    return call.send({ query });
  };

  describe.each(SUBGRAPH_NAMES)('%s', (name) => {
    const url = () => production[name].url;

    it('in production, refuses _service without proof that the caller is the gateway or the composition tool', async () => {
      const attempts = [
        SERVICE_QUERY,
        '{ s: _service { sdl } }',
        '{ ...F } fragment F on Query { _service { sdl } }',
        '{ __typename ... on Query { _service { sdl } } }',
      ];
      for (const query of attempts) {
        const response = await post(url(), query).expect(401);
        expect(response.body.data).toBeUndefined();
        expect(response.body.errors).toEqual([
          {
            message: expect.stringMatching(/^The subgraph schema is served only to the gateway/),
            extensions: { code: 'UNAUTHENTICATED' },
          },
        ]);
      }
      const forged = await schemaToken('not-the-secret-not-the-secret-not-the-secret', 'sochung-gateway');
      const expired = await schemaToken(SCHEMA_TOKEN_SECRET, 'sochung-gateway', Date.now() - 10 * 60_000);
      const stranger = await schemaToken(SCHEMA_TOKEN_SECRET, 'someone-else');
      const admin = `Bearer ${graph.tokens.mint({ kind: 'admin', sub: 'ADM-1' })}`;
      for (const authorization of [forged, expired, stranger].map((token) => `Bearer ${token}`).concat(admin)) {
        const response = await post(url(), SERVICE_QUERY, authorization).expect(401);
        expect(response.body.errors[0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
      }
    });

    it('in production, serves _service to a caller with a schema token signed with the configured secret', async () => {
      for (const issuer of ['sochung-gateway', 'sochung-schema-compose']) {
        const token = await schemaToken(SCHEMA_TOKEN_SECRET, issuer);
        const response = await post(url(), SERVICE_QUERY, `Bearer ${token}`).expect(200);
        expect(response.body.data._service.sdl).toContain('type Query');
      }
    });

    it.each([
      ['too deep', 'deep', 'QUERY_TOO_DEEP', /^Query depth limit of 3 exceeded, found 4\.$/],
      ['with too many aliases', 'aliased', 'TOO_MANY_ALIASES', /^Aliases limit of 15 exceeded, found 16\.$/],
      ['too costly', 'costly', 'QUERY_TOO_COMPLEX', /^Query Cost limit of 200 exceeded, found \d+\.$/],
      ['with too many tokens', null, 'TOO_MANY_TOKENS', /^Token limit of 2000 exceeded\.$/],
    ] as const)('in production, refuses a query %s with 400 and the gateway’s code', async (_, kind, code, message) => {
      const query = kind ? OVER_LIMIT[name][kind] : `{ ${'__typename '.repeat(2000)}}`;
      const response = await post(url(), query).expect(400);
      expect(response.body.errors).toHaveLength(1);
      expect(response.body.errors[0].extensions).toEqual({ code });
      expect(response.body.errors[0].message).toMatch(message);
    });

    it('in production, hides every "Did you mean" hint and refuses introspection', async () => {
      const typo = await post(url(), OVER_LIMIT[name].typo).expect(400);
      expect(typo.body.errors[0].message).toMatch(/^Cannot query field/);
      expect(JSON.stringify(typo.body)).not.toMatch(/Did you mean/);
      const introspection = await post(url(), '{ __schema { queryType { name } } }').expect(400);
      expect(introspection.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('in test, applies the default limits (the gateway’s) too', async () => {
      const direct = graph.subgraphUrls[name].replace(/\/graphql$/, '');
      const response = await post(
        direct,
        aliases(16, () => '__typename'),
      ).expect(200);
      expect(response.body.errors).toBeUndefined(); // __typename may be aliased freely, as at the gateway
      const tokens = await post(direct, `{ ${'__typename '.repeat(2000)}}`).expect(400);
      expect(tokens.body.errors[0].extensions).toEqual({ code: 'TOO_MANY_TOKENS' });
      const aliased = await post(direct, OVER_LIMIT[name].aliased).expect(400);
      expect(aliased.body.errors[0]).toEqual({
        message: 'Aliases limit of 15 exceeded, found 16.',
        extensions: { code: 'TOO_MANY_ALIASES' },
      });
    });

    it('answers every request-level error with a 4xx and a code, never a 500, in test and in production', async () => {
      expect(await unexpectedAnswers(graph.subgraphUrls[name].replace(/\/graphql$/, ''))).toEqual([]);
      expect(await unexpectedAnswers(url())).toEqual([]);
    });
  });

  it('the population subgraph refuses a query deeper than the default limit, as the gateway does', async () => {
    const hops = 5;
    const query = `{ citizen(personalIdNumber: "001085012345") { ${'familyLinks { citizen { '.repeat(hops)}fullName${' } }'.repeat(hops)} } }`;
    const response = await post(graph.subgraphUrls.population.replace(/\/graphql$/, ''), query).expect(400);
    expect(response.body.errors[0]).toEqual({
      message: 'Query depth limit of 10 exceeded, found 12.',
      extensions: { code: 'QUERY_TOO_DEEP' },
    });
  });

  it('a production gateway composes from production subgraphs by proving itself, and answers', async () => {
    const response = await post(productionGatewayUrl, '{ agencies(first: 1) { totalCount } }').expect(200);
    expect(response.body.data.agencies.totalCount).toBeGreaterThan(0);
  });
});
