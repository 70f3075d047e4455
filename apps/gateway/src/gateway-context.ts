import type { IncomingMessage } from 'node:http';
import { REQUEST_ID_HEADER } from '@app/observability';

/** What the gateway knows about one incoming request, handed to every subgraph call. */
export interface GatewayContext {
  requestId?: string;
}

export function gatewayContext({ req }: { req: IncomingMessage }): GatewayContext {
  const requestId = req.headers[REQUEST_ID_HEADER];
  return { requestId: typeof requestId === 'string' ? requestId : undefined };
}
