import type { ApolloServerPlugin } from '@apollo/server';
import { TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';
import { SafeGraphQLError } from '@app/errors';
import { isSchemaReader } from './schema-token';

/** Whether `document` asks for the subgraph's schema (`Query._service`), however it is spelled. */
export function asksForSubgraphSchema(schema: GraphQLSchema, document: DocumentNode): boolean {
  const queryType = schema.getQueryType();
  const typeInfo = new TypeInfo(schema);
  let asks = false;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (node.name.value === '_service' && typeInfo.getParentType() === queryType) asks = true;
      },
    }),
  );
  return asks;
}

/**
 * A production subgraph's schema, `_service { sdl }`, is the whole of it, internal fields and
 * all: with introspection off, it is served only to a caller with a schema token (schema-token.ts),
 * and to no one when no SCHEMA_TOKEN_SECRET is configured. Outside production it is open, as
 * introspection is, for the composition tool and the gateway composing at start.
 */
export function schemaAccessPlugin(options: {
  production: boolean;
  secret: string | undefined;
  clockSkewSeconds: number;
}): ApolloServerPlugin {
  const refusal = () =>
    new SafeGraphQLError(
      'The subgraph schema is served only to the gateway and the composition tool, with a schema token (see the README)',
      'UNAUTHENTICATED',
      { http: { status: 401 } },
    );
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: async ({ schema, document, request }) => {
          if (!options.production || !asksForSubgraphSchema(schema, document)) return;
          const authorization = request.http?.headers.get('authorization');
          const proven =
            options.secret !== undefined &&
            (await isSchemaReader(options.secret, authorization, options.clockSkewSeconds));
          if (!proven) throw refusal();
        },
      }),
  };
}
