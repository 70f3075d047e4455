import { Catch, HttpException, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';

/** The slice of Fastify's reply a filter answers with. */
interface Reply {
  status(code: number): Reply;
  header(name: string, value: string): Reply;
  send(body: unknown): unknown;
}

/** The token endpoint, whose refusals RFC 6749 §5.2 shapes (the proxy forwards it to the exchange). */
const TOKEN_ENDPOINT = /^\/oauth\/token\/?(\?|$)/;

/**
 * A request refused before GraphQL reads it (a body that is not JSON, or over 1 MiB; an unknown
 * route) gets a code, in the shape every subgraph's DomainErrorFilter gives the same refusal:
 * `{ "error": { "code": "BAD_REQUEST", "message": … } }`. At the token endpoint the same refusal
 * is OAuth's `invalid_request`, uncached, because an OAuth client reads `error` as a string.
 * Server-side failures (the exchange proxy's 502) keep Nest's answer.
 */
@Catch(HttpException)
export class RequestErrorFilter extends BaseExceptionFilter {
  override catch(exception: HttpException, host: ArgumentsHost): void {
    const status = exception.getStatus();
    if (status >= 500) return super.catch(exception, host);
    const http = host.switchToHttp();
    const reply = http.getResponse<Reply>();
    const url = http.getRequest<{ url?: string }>().url ?? '';
    if (TOKEN_ENDPOINT.test(url) && status !== 404) {
      reply
        .status(400)
        .header('Cache-Control', 'no-store')
        .header('Pragma', 'no-cache')
        .send({ error: 'invalid_request', error_description: exception.message });
      return;
    }
    const code = status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST';
    reply.status(status).send({ error: { code, message: exception.message } });
  }
}
