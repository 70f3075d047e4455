import type { IncomingHttpHeaders } from 'node:http';
import { REQUEST_ID_HEADER } from '@app/observability';

/** What the gateway knows about one incoming request, handed to every subgraph call. */
export interface GatewayContext {
  requestId?: string;
  /** The caller's credentials, passed to every subgraph, which checks them itself. */
  authorization?: string;
}

/** Apollo's context function on Fastify: called with the Fastify request (and reply). */
export function gatewayContext(request: { headers: IncomingHttpHeaders }): GatewayContext {
  const requestId = request.headers[REQUEST_ID_HEADER];
  const authorization = request.headers.authorization;
  return {
    requestId: typeof requestId === 'string' ? requestId : undefined,
    authorization: typeof authorization === 'string' ? authorization : undefined,
  };
}
