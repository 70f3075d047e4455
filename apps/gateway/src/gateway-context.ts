import type { IncomingHttpHeaders } from 'node:http';
import { CASE_REFERENCE_HEADER, OFFICER_ID_HEADER } from '@app/auth';
import { CLIENT_REQUEST_ID_HEADER, REQUEST_ID_HEADER } from '@app/observability';

/** What the gateway knows about one incoming request, handed to every subgraph call. */
export interface GatewayContext {
  /** The gateway's own id for this request (signed on its way to each subgraph). */
  requestId?: string;
  /** The caller's X-Request-Id, passed on as X-Request-Id for the subgraphs to record. */
  clientRequestId?: string;
  /** The caller's credentials, passed to every subgraph, which checks them itself. */
  authorization?: string;
  /** The agency's officer and case (X-Officer-Id, X-Case-Reference), recorded with every read. */
  officerId?: string;
  caseReference?: string;
}

/** Apollo's context function on Fastify: called with the Fastify request (and reply). */
export function gatewayContext(request: { headers: IncomingHttpHeaders }): GatewayContext {
  const requestId = request.headers[REQUEST_ID_HEADER];
  const clientRequestId = request.headers[CLIENT_REQUEST_ID_HEADER];
  const authorization = request.headers.authorization;
  const officerId = request.headers[OFFICER_ID_HEADER];
  const caseReference = request.headers[CASE_REFERENCE_HEADER];
  return {
    requestId: typeof requestId === 'string' ? requestId : undefined,
    clientRequestId: typeof clientRequestId === 'string' ? clientRequestId : undefined,
    authorization: typeof authorization === 'string' ? authorization : undefined,
    officerId: typeof officerId === 'string' ? officerId : undefined,
    caseReference: typeof caseReference === 'string' ? caseReference : undefined,
  };
}
