import request from 'supertest';

type Body = { errors?: { extensions: Record<string, unknown> }[] };

/**
 * POSTs a GraphQL operation to the gateway, as the given caller (an Authorization header), or
 * else as `reader()`, the caller a test reads with; `null` sends no credentials at all.
 */
export function graphqlClient(gatewayUrl: () => string, reader: () => string | undefined = () => undefined) {
  return (query: string, variables: Record<string, unknown> = {}, authorization?: string | null) => {
    const call = request(gatewayUrl()).post('/graphql');
    const caller = authorization === undefined ? reader() : authorization;
    if (caller) call.set('Authorization', caller);
    return call.send({ query, variables });
  };
}

/** The extensions of the first error of a response: its code and details. */
export function errorOf(body: Body): Record<string, unknown> | undefined {
  return body.errors?.[0]?.extensions;
}
