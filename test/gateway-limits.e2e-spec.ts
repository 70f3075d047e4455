import { request as httpRequest } from 'node:http';
import { getIntrospectionQuery } from 'graphql';
import request from 'supertest';
import { SUBGRAPH_NAMES, subgraphUrlVariable, readEnvironment, type AppName } from '@app/config';
import { AppProcess } from '../tools/graph/app-process';
import { distDir, startTestGraph, type TestGraph } from '../tools/graph/start-graph';
import { unexpectedAnswers } from './support/request-errors';

// The limits act while the gateway parses and validates, before any token is checked or any
// subgraph is called: no test here needs a caller's credentials.

// MAX_REQUEST_BYTES in libs/server/src/bootstrap.ts.
const ONE_MIB = 1024 * 1024;

const LIMIT_CODES = [
  'QUERY_TOO_DEEP',
  'TOO_MANY_ALIASES',
  'QUERY_TOO_COMPLEX',
  'TOO_MANY_DIRECTIVES',
  'TOO_MANY_TOKENS',
];

/** citizen → familyLinks → citizen → … → fullName, `levels` field levels deep (an even number). */
const nested = (levels: number) => {
  const hops = (levels - 2) / 2;
  return `{ citizen(personalIdNumber: "001085012345") { ${'familyLinks { citizen { '.repeat(hops)}fullName${' } }'.repeat(hops)} } }`;
};

/** The heaviest queries the registries serve today, or that the README and the tests send. */
const EVERYDAY_QUERIES = [
  `{ enterprise(enterpriseCode: "0312345673") { name legalRepresentatives { title citizen { fullName
     birthDate { year month day } familyLinks { relation citizen { fullName birthDate { year } } } } } } }`,
  `{ enterprise(enterpriseCode: "0312345673") { history { record { legalRepresentatives { citizen {
     familyLinks { citizen { fullName birthDate { year } } } } } } } } }`,
  '{ agencies(first: 100) { nodes { code nameVi level status parentCode } pageInfo { endCursor hasNextPage } totalCount } }',
  `{ searchCitizens(name: "nguyen", first: 100) { nodes { personalIdNumber fullName sex birthDate { year month day }
     permanentResidence { provinceCode address } } pageInfo { endCursor hasNextPage } } }`,
  '{ agencies(first: 1000) { totalCount } }', // over the page size: the subgraph, not the gateway, refuses it
  getIntrospectionQuery(),
];

describe('the gateway refuses oversized and malformed requests before reading any data', () => {
  let graph: TestGraph;
  let production: AppProcess;
  let productionUrl: string;
  const logLines: string[] = [];
  const onLine = (app: AppName, line: string) => logLines.push(`[${app}] ${line}`);

  beforeAll(async () => {
    graph = await startTestGraph({ env: { LOG_LEVEL: 'log' }, onLine }); // request lines are at 'log' level
    // A second gateway over the same subgraphs, configured as in production, with a tighter depth.
    production = AppProcess.spawn(
      'gateway',
      distDir(),
      {
        ...readEnvironment(),
        NODE_ENV: 'production',
        DEMO_DATA: 'false',
        LOG_LEVEL: 'warn',
        HOST: '127.0.0.1',
        GATEWAY_PORT: '0',
        GRAPHQL_MAX_DEPTH: '4',
        ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [subgraphUrlVariable(name), graph.subgraphUrls[name]])),
      },
      onLine,
    );
    productionUrl = await production.listening(60_000);
  });

  afterAll(async () => {
    await production?.stop();
    await graph?.close();
  });

  const post = (body: unknown, url = graph.gatewayUrl) =>
    request(url)
      .post('/graphql')
      .send(body as object);
  const codesOf = (body: { errors?: { extensions?: { code?: string } }[] }) =>
    (body.errors ?? []).map((error) => error.extensions?.code);

  it('still answers an ordinary query', async () => {
    expect((await post({ query: '{ __typename }' }).expect(200)).body).toEqual({ data: { __typename: 'Query' } });
    const agencies = await post({ query: '{ agencies(first: 2) { totalCount } }' }).expect(200);
    expect(agencies.body.data.agencies.totalCount).toBeGreaterThan(0);
  });

  it('lets the heaviest everyday queries through every limit', async () => {
    const refused: { query: string; codes: unknown[] }[] = [];
    for (const query of EVERYDAY_QUERIES) {
      const response = await post({ query });
      expect(response.status).toBeLessThan(500);
      const codes = codesOf(response.body).filter((code) => LIMIT_CODES.includes(code ?? ''));
      if (codes.length > 0) refused.push({ query, codes });
    }
    expect(refused).toEqual([]);
  });

  it.each([
    ['too deep', nested(12), 'QUERY_TOO_DEEP', 'Query depth limit of 10 exceeded, found 12.'],
    [
      'with too many aliases',
      `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: citizen(personalIdNumber: "001085012345") { fullName }`).join(' ')} }`,
      'TOO_MANY_ALIASES',
      'Aliases limit of 15 exceeded, found 16.',
    ],
    [
      'too costly',
      '{ a: agencies(first: 100) { nodes { code nameVi } totalCount } b: agencies(first: 100) { nodes { code nameVi } totalCount } c: agencies(first: 100) { nodes { code nameVi } totalCount } d: agencies(first: 100) { nodes { code nameVi } totalCount } e: agencies(first: 100) { nodes { code nameVi } totalCount } }',
      'QUERY_TOO_COMPLEX',
      'Query Cost limit of 5000 exceeded, found 5500.',
    ],
    [
      'with too many directives',
      `{ citizen(personalIdNumber: "001085012345") { ${'fullName @include(if: true) '.repeat(21)}} }`,
      'TOO_MANY_DIRECTIVES',
      'Directives limit of 20 exceeded, found 21.',
    ],
    [
      'with too many tokens',
      `{ citizen(personalIdNumber: "001085012345") { ${'fullName '.repeat(2000)}} }`,
      'TOO_MANY_TOKENS',
      'Token limit of 2000 exceeded.',
    ],
    // Without the token limit, this nesting would exhaust the parser's stack.
    ['nested 100,000 levels', `{ citizen(personalIdNumber: "1") ${'{ a '.repeat(100_000)}`, 'TOO_MANY_TOKENS', null],
  ])('refuses a query %s with 400 and a code of its own, calling no subgraph', async (_, query, code, message) => {
    const requestId = `limits-${code}-${Date.now()}`;
    const response = await request(graph.gatewayUrl)
      .post('/graphql')
      .set('X-Request-Id', requestId)
      .send({ query })
      .expect(400);
    expect(response.body.errors).toHaveLength(1);
    expect(response.body.errors[0].extensions).toEqual({ code });
    if (message) expect(response.body.errors[0].message).toBe(message);
    expect(response.body.data).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 200)); // log lines arrive through pipes
    const tagged = logLines.filter((line) => line.includes(requestId));
    expect(tagged.some((line) => line.startsWith('[gateway]'))).toBe(true);
    expect(tagged.filter((line) => !line.startsWith('[gateway]'))).toEqual([]);
  });

  it('refuses a batch of operations (a JSON array) with 400 BAD_REQUEST', async () => {
    const response = await post([{ query: '{ __typename }' }, { query: '{ __typename }' }]).expect(400);
    expect(response.body).toEqual({
      errors: [{ message: 'Operation batching disabled.', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('answers every request-level error with a 4xx and a code, never a 500, in test and in production', async () => {
    expect(await unexpectedAnswers(graph.gatewayUrl)).toEqual([]);
    expect(await unexpectedAnswers(productionUrl)).toEqual([]);
  });

  it('refuses a body over 1 MiB with 413 and a JSON error, and takes one of exactly 1 MiB', async () => {
    const body = (bytes: number) => {
      const frame = JSON.stringify({ query: '{ __typename }', variables: { padding: '' } });
      return JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(bytes - frame.length) } });
    };
    const send = (bytes: number) =>
      request(graph.gatewayUrl).post('/graphql').set('Content-Type', 'application/json').send(body(bytes));
    expect((await send(ONE_MIB).expect(200)).body).toEqual({ data: { __typename: 'Query' } });
    const over = await send(ONE_MIB + 1).expect(413);
    expect(over.headers['content-type']).toMatch(/^application\/json/);
    expect(over.body).toEqual({ error: { code: 'BAD_REQUEST', message: 'Request body is too large' } });
  });

  it('answers 413 at once to a body that will be too large, without waiting for the rest', async () => {
    const url = `${graph.gatewayUrl}/graphql`;
    const json = { 'Content-Type': 'application/json' };
    // Announced: the length alone decides.
    const announced = await answerToUnfinishedPost(url, { ...json, 'Content-Length': String(2 * ONE_MIB) }, ['{']);
    expect(announced.status).toBe(413);
    // Unannounced (chunked): refused once the bytes received pass the limit.
    const streamed = await answerToUnfinishedPost(url, json, [
      '{"query":"{ __typename }","variables":{"padding":"',
      ...Array.from({ length: 32 }, () => 'x'.repeat(64 * 1024)),
    ]);
    expect(streamed.status).toBe(413);
    expect(JSON.parse(streamed.body)).toMatchObject({ error: { code: 'BAD_REQUEST' } });
  });

  it('in development and test, answers introspection and suggests field names', async () => {
    const introspection = await post({ query: '{ __schema { queryType { name } } }' }).expect(200);
    expect(introspection.body.data.__schema.queryType.name).toBe('Query');
    const typo = await post({ query: '{ citizen(personalIdNumber: "001085012345") { fulName } }' }).expect(400);
    expect(typo.body.errors[0].message).toContain('Did you mean "fullName"?');
  });

  it('in production, refuses introspection and hides every "Did you mean" hint', async () => {
    const introspection = await post({ query: '{ __schema { queryType { name } } }' }, productionUrl).expect(400);
    expect(introspection.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(introspection.body.errors[0].message).toMatch(/introspection is not allowed/);
    const typos = [
      { query: '{ citizen(personalIdNumber: "001085012345") { fulName } }' },
      { query: '{ searchCitizens(name: "an", sex: MAL) { pageInfo { hasNextPage } } }' },
      {
        query: 'query($sex: Sex) { searchCitizens(name: "an", sex: $sex) { pageInfo { hasNextPage } } }',
        variables: { sex: 'MAL' },
      },
    ];
    for (const typo of typos) {
      const response = await post(typo, productionUrl).expect(400);
      expect(response.body.errors[0].message).toMatch(/^(Cannot query field|Value|Variable)/);
      expect(JSON.stringify(response.body)).not.toMatch(/Did you mean|fullName|MALE/);
    }
  });

  it('reads each limit from the configuration (GRAPHQL_MAX_DEPTH=4 on the production gateway)', async () => {
    expect(codesOf((await post({ query: nested(4) }, productionUrl)).body)).not.toContain('QUERY_TOO_DEEP');
    const deeper = await post({ query: nested(6) }, productionUrl).expect(400);
    expect(deeper.body.errors[0]).toEqual({
      message: 'Query depth limit of 4 exceeded, found 6.',
      extensions: { code: 'QUERY_TOO_DEEP' },
    });
  });
});

/** Starts a POST, writes `chunks`, never finishes it, and resolves with the answer the server gives anyway. */
function answerToUnfinishedPost(
  url: string,
  headers: Record<string, string>,
  chunks: string[],
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const call = httpRequest(url, { method: 'POST', headers });
    const timer = setTimeout(() => {
      call.destroy();
      reject(new Error('no answer within 10 s: the server waits for a body it will refuse'));
    }, 10_000);
    call.on('response', (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => {
        clearTimeout(timer);
        call.destroy();
        resolve({ status: response.statusCode ?? 0, body });
      });
    });
    call.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    for (const chunk of chunks) call.write(chunk);
  });
}
