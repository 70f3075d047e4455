import { Logger } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { REQUEST_ID_HEADER, requestIdFrom, runInRequestContext } from './request-context';

const logger = new Logger('HTTP');

/**
 * Gives every request an id (the caller's, when well-formed), echoes it in the response,
 * makes it current for everything the request does, and logs one line when it ends.
 * Plain Node types, so it serves Express and Fastify alike.
 */
export function requestIdMiddleware(request: IncomingMessage, response: ServerResponse, next: () => void): void {
  const requestId = requestIdFrom(request.headers[REQUEST_ID_HEADER]);
  request.headers[REQUEST_ID_HEADER] = requestId;
  response.setHeader('X-Request-Id', requestId);
  const started = process.hrtime.bigint();
  // Read now: routers rewrite request.url while the request passes through them.
  const path = (request.url ?? '').split('?')[0];
  runInRequestContext({ requestId }, () => {
    response.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const line = `${request.method} ${path} ${response.statusCode} ${ms.toFixed(1)}ms`;
      if (path === '/health') logger.debug(line);
      else logger.log(line);
    });
    next();
  });
}
