import { Logger } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  CLIENT_REQUEST_ID_HEADER,
  GATEWAY_REQUEST_ID_HEADER,
  REQUEST_ID_HEADER,
  clientRequestIdFrom,
  newRequestId,
  runInRequestContext,
  verifiedGatewayRequestId,
} from './request-context';

const logger = new Logger('HTTP');

export interface RequestIdOptions {
  /**
   * A subgraph takes the gateway's id when its signature holds under this key; the gateway
   * itself (and a subgraph with no key) takes none and always makes its own.
   */
  trustGatewayWith: string | null;
}

/**
 * Gives every request an id of the registry's own (never the caller's X-Request-Id, which is
 * kept apart as the client request id), returns it in X-Request-Id, makes it current for
 * everything the request does, and logs one line when it ends. Plain Node types, so it serves
 * Express and Fastify alike.
 */
export function requestIdMiddleware(
  options: RequestIdOptions,
): (request: IncomingMessage, response: ServerResponse, next: () => void) => void {
  return (request, response, next) => {
    const { headers } = request;
    const clientRequestId = clientRequestIdFrom(headers[REQUEST_ID_HEADER]);
    const requestId =
      verifiedGatewayRequestId(headers[GATEWAY_REQUEST_ID_HEADER], options.trustGatewayWith) ?? newRequestId();
    // What the rest of the app reads: the registry's id, and the caller's only where we put it.
    delete headers[GATEWAY_REQUEST_ID_HEADER];
    headers[REQUEST_ID_HEADER] = requestId;
    if (clientRequestId === undefined) delete headers[CLIENT_REQUEST_ID_HEADER];
    else headers[CLIENT_REQUEST_ID_HEADER] = clientRequestId;
    response.setHeader('X-Request-Id', requestId);
    const started = process.hrtime.bigint();
    // Read now: routers rewrite request.url while the request passes through them.
    const path = (request.url ?? '').split('?')[0];
    runInRequestContext({ requestId, clientRequestId }, () => {
      response.on('finish', () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        const client = clientRequestId === undefined ? '' : ` (client request id ${clientRequestId})`;
        const line = `${request.method} ${path} ${response.statusCode} ${ms.toFixed(1)}ms${client}`;
        if (path === '/health') logger.debug(line);
        else logger.log(line);
      });
      next();
    });
  };
}
