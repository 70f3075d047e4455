import type { ApolloServerPlugin } from '@apollo/server';
import { DATABASE_RETRY_AFTER_SECONDS, ErrorCode } from '@app/errors';

/**
 * Sets HTTP `Retry-After` on a response that carries SERVICE_UNAVAILABLE (a subgraph, or a
 * subgraph's database, is down): the largest `retryAfterSeconds` among those errors, or the
 * default hint. Errors are formatted by the time willSendResponse runs.
 */
export function retryAfterPlugin(): ApolloServerPlugin {
  return {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse: ({ response }) => {
          if (response.body.kind !== 'single') return Promise.resolve();
          const unavailable = (response.body.singleResult.errors ?? []).filter(
            (error) => error.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE,
          );
          if (unavailable.length === 0) return Promise.resolve();
          const seconds = Math.max(
            ...unavailable.map((error) => {
              const hint = error.extensions?.retryAfterSeconds;
              return typeof hint === 'number' && Number.isFinite(hint) && hint > 0
                ? hint
                : DATABASE_RETRY_AFTER_SECONDS;
            }),
          );
          response.http.headers.set('retry-after', String(Math.ceil(seconds)));
          return Promise.resolve();
        },
      }),
  };
}
