import type { ServerResponse } from 'node:http';

/** The code of a request refused because its caller's rate limit is used up. */
export const RATE_LIMITED = 'RATE_LIMITED';

/** The body of a 429: GraphQL's error shape, so a client reads it like any other refusal. */
export function rateLimitedBody(retryAfterSeconds: number) {
  return {
    errors: [
      {
        message: `Too many requests: the rate limit for this caller is used up; retry after ${retryAfterSeconds} s`,
        extensions: { code: RATE_LIMITED, retryAfterSeconds },
      },
    ],
  };
}

/**
 * Answers 429 with a Retry-After header and rateLimitedBody, on the raw response: the gateway
 * refuses before routing, in its token check.
 */
export function sendRateLimited(response: ServerResponse, retryAfterSeconds: number): void {
  // Retry-After takes whole seconds; rounding down would invite a retry that is refused again.
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  response.statusCode = 429;
  response.setHeader('Retry-After', String(seconds));
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.end(JSON.stringify(rateLimitedBody(seconds)));
}
