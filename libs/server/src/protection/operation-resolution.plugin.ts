import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type DocumentNode } from 'graphql';
import { SafeGraphQLError } from '@app/errors';

/** Answered, with HTTP 400, to a request whose document does not name one operation to run. */
export const BAD_REQUEST = 'BAD_REQUEST';

/** Why `document` names no operation to run for `operationName`, in graphql-js's words. */
export function operationResolutionProblem(document: DocumentNode, operationName?: string | null): string {
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (operationName) return `Unknown operation named "${operationName}".`;
  return operations.length > 1
    ? 'Must provide operation name if query contains multiple operations.'
    : 'Must provide an operation.';
}

/**
 * Refuses, before execution, a valid document with no operation to run (several operations and
 * no operationName, or an operationName the document lacks): 400 BAD_REQUEST with the reason.
 * Left to execution, the gateway's executor throws for it and Apollo answers 500; a subgraph
 * answers 400 but with another code. One rule for every app, where Apollo resolves the operation.
 */
export function operationResolutionPlugin(): ApolloServerPlugin {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: ({ operation, document, request }) => {
          if (operation) return Promise.resolve();
          const reason = operationResolutionProblem(document, request.operationName);
          return Promise.reject(new SafeGraphQLError(reason, BAD_REQUEST, { http: { status: 400 } }));
        },
      }),
  };
}
