import request from 'supertest';

type Body = { errors?: { extensions: Record<string, unknown> }[] };

/** POSTs a GraphQL operation to the gateway, as the given caller (an Authorization header) if any. */
export function graphqlClient(gatewayUrl: () => string) {
  return (query: string, variables: Record<string, unknown> = {}, authorization?: string) => {
    const call = request(gatewayUrl()).post('/graphql');
    if (authorization) call.set('Authorization', authorization);
    return call.send({ query, variables });
  };
}

/** The extensions of the first error of a response: its code and details. */
export function errorOf(body: Body): Record<string, unknown> | undefined {
  return body.errors?.[0]?.extensions;
}
