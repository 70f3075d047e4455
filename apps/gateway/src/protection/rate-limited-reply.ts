import type { FastifyReply } from 'fastify';

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

/** Answers 429 with a Retry-After header and rateLimitedBody. */
export function sendRateLimited(reply: FastifyReply, retryAfterSeconds: number): FastifyReply {
  // Retry-After takes whole seconds; rounding down would invite a retry that is refused again.
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return reply
    .code(429)
    .header('Retry-After', String(seconds))
    .type('application/json; charset=utf-8')
    .send(rateLimitedBody(seconds));
}
