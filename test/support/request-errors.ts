import request from 'supertest';

/** A malformed GraphQL request, and what every GraphQL endpoint must answer to it. */
export interface RequestErrorCase {
  name: string;
  send: (url: string) => request.Test;
  status: number;
  code: string;
  /** The reason, exactly, where the wording is ours or graphql-js's. */
  message?: string;
}

const post = (url: string, body: unknown) =>
  request(url)
    .post('/graphql')
    .send(body as object);
const getQuery = (url: string, query: string) =>
  request(url).get('/graphql').query({ query }).set('Apollo-Require-Preflight', 'true');

const TWO_OPERATIONS = 'query A { __typename } query B { __typename }';

/**
 * Requests that are wrong before any data is read: each gets a 4xx and a code, never a 500.
 * The gateway and each subgraph are held to the same answers.
 */
export const REQUEST_ERROR_CASES: RequestErrorCase[] = [
  {
    name: 'several operations and no operationName',
    send: (url) => post(url, { query: TWO_OPERATIONS }),
    status: 400,
    code: 'BAD_REQUEST',
    message: 'Must provide operation name if query contains multiple operations.',
  },
  {
    name: 'an operationName the document lacks',
    send: (url) => post(url, { query: 'query A { __typename }', operationName: 'B' }),
    status: 400,
    code: 'BAD_REQUEST',
    message: 'Unknown operation named "B".',
  },
  {
    name: 'an operationName and an anonymous operation',
    send: (url) => post(url, { query: '{ __typename }', operationName: 'A' }),
    status: 400,
    code: 'BAD_REQUEST',
    message: 'Unknown operation named "A".',
  },
  {
    name: 'several operations and no operationName, by GET',
    send: (url) => getQuery(url, TWO_OPERATIONS),
    status: 400,
    code: 'BAD_REQUEST',
    message: 'Must provide operation name if query contains multiple operations.',
  },
  {
    name: 'an empty query',
    send: (url) => post(url, { query: '' }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a query that is not a string',
    send: (url) => post(url, { query: 42 }),
    status: 400,
    code: 'BAD_REQUEST',
    message: 'GraphQL queries must be strings.',
  },
  {
    name: 'variables that are not an object',
    send: (url) => post(url, { query: '{ __typename }', variables: [1] }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'an operationName that is not a string',
    send: (url) => post(url, { query: '{ __typename }', operationName: 7 }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a body that is not JSON',
    send: (url) => request(url).post('/graphql').set('Content-Type', 'application/json').send('{"query": '),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a mutation by GET',
    send: (url) => getQuery(url, 'mutation { __typename }'),
    status: 405,
    code: 'BAD_REQUEST',
  },
];

/** The code of a refused request, in the GraphQL shape or, before GraphQL is reached, the REST one. */
export function refusalOf(body: {
  errors?: { message: string; extensions?: { code?: string } }[];
  error?: { code?: string; message: string };
}): { code?: string; message?: string } {
  if (body.errors?.length === 1) return { code: body.errors[0].extensions?.code, message: body.errors[0].message };
  if (body.error) return { code: body.error.code, message: body.error.message };
  return {};
}

/** Sends every case to `url` and returns those answered otherwise than expected. */
export async function unexpectedAnswers(url: string): Promise<unknown[]> {
  const wrong: unknown[] = [];
  for (const expected of REQUEST_ERROR_CASES) {
    const response = await expected.send(url);
    const refusal = refusalOf(response.body);
    const messageHolds = expected.message === undefined || refusal.message === expected.message;
    if (response.status !== expected.status || refusal.code !== expected.code || !messageHolds) {
      wrong.push({ case: expected.name, status: response.status, body: response.body as unknown });
    }
  }
  return wrong;
}
