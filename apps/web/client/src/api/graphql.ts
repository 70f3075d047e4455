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

/**
 * A GraphQL call through the portal's server, which adds the citizen's token. Keeps partial
 * answers: a field the policy withholds comes back null with an error at its path, and the
 * rest stands (the record page shows both).
 */
export async function request<T>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult<T>> {
  const body = await callServer<{ data?: T | null; errors?: GraphQLErrorBody[] }>('/graphql', {
    method: 'POST',
    body: { query, variables },
  });
  const errors = body?.errors ?? [];
  const ended = errors.find((error) => error.extensions?.code === 'UNAUTHENTICATED');
  if (ended) window.dispatchEvent(new CustomEvent(SESSION_ENDED_EVENT));
  return { data: body?.data ?? null, errors };
}

/** A GraphQL call that must succeed whole: the first error becomes an ApiError with its code. */
export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { data, errors } = await request<T>(query, variables);
  const [first] = errors;
  if (first) {
    const { code = 'INTERNAL', ...details } = first.extensions ?? {};
    throw new ApiError(code, first.message, details);
  }
  if (data === null) throw new ApiError('INTERNAL', 'no data');
  return data;
}
