import { GraphQLError } from 'graphql';

/** A GraphQL error whose message and extensions were written for the caller: safe to send. */
export class SafeGraphQLError extends GraphQLError {
  constructor(message: string, code: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}
