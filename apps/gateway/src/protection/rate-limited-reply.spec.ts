import { FastifyAdapter } from '@nestjs/platform-fastify';
import { rateLimitedBody, sendRateLimited } from './rate-limited-reply';

describe('sendRateLimited', () => {
  const app = new FastifyAdapter().getInstance();
  app.get('/wait/:seconds', (request, reply) => {
    reply.hijack();
    sendRateLimited(reply.raw, Number((request.params as { seconds: string }).seconds));
  });
  afterAll(() => app.close());

  it('answers 429 with Retry-After and a GraphQL-shaped RATE_LIMITED error', async () => {
    const response = await app.inject({ method: 'GET', url: '/wait/7' });
    expect(response.statusCode).toBe(429);
    expect(response.headers['retry-after']).toBe('7');
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.json()).toEqual({
      errors: [
        {
          message: 'Too many requests: the rate limit for this caller is used up; retry after 7 s',
          extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 7 },
        },
      ],
    });
  });

  it('never tells a client to retry sooner than it may: fractions round up, and the least is 1 s', async () => {
    const fraction = await app.inject({ method: 'GET', url: '/wait/2.1' });
    expect(fraction.headers['retry-after']).toBe('3');
    expect(fraction.json().errors[0].extensions.retryAfterSeconds).toBe(3);
    const zero = await app.inject({ method: 'GET', url: '/wait/0' });
    expect(zero.headers['retry-after']).toBe('1');
  });
});

describe('rateLimitedBody', () => {
  it('carries the wait in extensions, where GraphQL clients look for a code', () => {
    expect(rateLimitedBody(12).errors[0].extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: 12 });
  });
});
