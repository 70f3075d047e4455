import { ApiError, SESSION_ENDED_EVENT } from './api-error';
import { callServer } from './http';

interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string } & Record<string, unknown>;
}

export interface GraphQLResult<T> {
  data: T | null;
  errors: GraphQLErrorBody[];
}

export interface GraphQLClient {
  /**
   * A GraphQL call through the web server, which adds the session's token. Keeps partial
   * answers: a field the policy withholds comes back null with an error at its path, and the
   * rest stands (the record page shows both).
   */
  request: <T>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLResult<T>>;
  /** A GraphQL call that must succeed whole: the first error becomes an ApiError with its code. */
  graphql: <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;
}

/**
 * The GraphQL client of one of the web server's endpoints: `/graphql` forwards the citizen's
 * token, `/console/graphql` the staff member's. Nothing else differs.
 */
export function graphqlClient(endpoint: string): GraphQLClient {
  const request = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult<T>> => {
    const body = await callServer<{ data?: T | null; errors?: GraphQLErrorBody[] }>(endpoint, {
      method: 'POST',
      body: { query, variables },
    });
    const errors = body?.errors ?? [];
    const ended = errors.find((error) => error.extensions?.code === 'UNAUTHENTICATED');
    if (ended) window.dispatchEvent(new CustomEvent(SESSION_ENDED_EVENT));
    return { data: body?.data ?? null, errors };
  };
  const graphql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const { data, errors } = await request<T>(query, variables);
    const [first] = errors;
    if (first) {
      const { code = 'INTERNAL', ...details } = first.extensions ?? {};
      throw new ApiError(code, first.message, details);
    }
    if (data === null) throw new ApiError('INTERNAL', 'no data');
    return data;
  };
  return { request, graphql };
}

/** The citizen portal's GraphQL (the citizen's token). */
export const { request, graphql } = graphqlClient('/graphql');
