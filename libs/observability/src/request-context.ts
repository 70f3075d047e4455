import { AsyncLocalStorage } from 'node:async_hooks';
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';

/** What every log line and every downstream call of one request carries. */
export interface RequestContext {
  /** Made by the registry for this request alone (the gateway's, or the subgraph's own). */
  requestId: string;
  /** What the caller sent as X-Request-Id, when it follows the rules; never used as the request id. */
  clientRequestId?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/**
 * The header that carries the caller's own id in (the gateway passes it on to the subgraphs),
 * and the request's id, made by the registry, back out in every response.
 */
export const REQUEST_ID_HEADER = 'x-request-id';

/** Gateway to subgraph only: the gateway's request id with its signature, `<id>.<HMAC>`. */
export const GATEWAY_REQUEST_ID_HEADER = 'x-gateway-request-id';

/**
 * Inside an app only: where the request-id middleware leaves the caller's id for the code
 * that records it (any such header a caller sends is removed first).
 */
export const CLIENT_REQUEST_ID_HEADER = 'x-client-request-id';

// A caller's id is echoed into logs and recorded in the access log: short and plain.
const ACCEPTABLE_CLIENT_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The caller's X-Request-Id if it is well-formed (1–128 of A–Z a–z 0–9 . _ : -), else undefined. */
export function clientRequestIdFrom(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && ACCEPTABLE_CLIENT_REQUEST_ID.test(value) ? value : undefined;
}

/** A new request id: a random UUID. */
export function newRequestId(): string {
  return randomUUID();
}

function signature(requestId: string, secret: string): string {
  return createHmac('sha256', secret).update(requestId).digest('base64url');
}

/** The value of X-Gateway-Request-Id for `requestId`. */
export function signGatewayRequestId(requestId: string, secret: string): string {
  return `${requestId}.${signature(requestId, secret)}`;
}

/** The gateway's request id from X-Gateway-Request-Id, if its signature holds under `secret`; else undefined. */
export function verifiedGatewayRequestId(
  header: string | string[] | undefined,
  secret: string | null,
): string | undefined {
  if (secret === null || typeof header !== 'string') return undefined;
  const dot = header.lastIndexOf('.');
  const requestId = header.slice(0, dot);
  if (dot <= 0 || !/^[0-9a-f-]{36}$/.test(requestId)) return undefined;
  const given = Buffer.from(header.slice(dot + 1));
  const expected = Buffer.from(signature(requestId, secret));
  return given.length === expected.length && timingSafeEqual(given, expected) ? requestId : undefined;
}

/** Runs `fn` with `context` as the current request context. */
export function runInRequestContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

/** The current request id, if code is running on behalf of a request. */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
