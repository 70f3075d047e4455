import { Catch, HttpException, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';

/** The slice of Fastify's reply a filter answers with. */
interface Reply {
  status(code: number): { send(body: unknown): unknown };
}

/**
 * A request refused before GraphQL reads it (a body that is not JSON, or over 1 MiB; an unknown
 * route) gets a code, in the shape every subgraph's DomainErrorFilter gives the same refusal:
 * `{ "error": { "code": "BAD_REQUEST", "message": … } }`. Server-side failures (the exchange
 * proxy's 502) keep Nest's answer.
 */
@Catch(HttpException)
export class RequestErrorFilter extends BaseExceptionFilter {
  override catch(exception: HttpException, host: ArgumentsHost): void {
    const status = exception.getStatus();
    if (status >= 500) return super.catch(exception, host);
    const code = status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST';
    host
      .switchToHttp()
      .getResponse<Reply>()
      .status(status)
      .send({ error: { code, message: exception.message } });
  }
}
