import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** What every log line and every downstream call of one request carries. */
export interface RequestContext {
  requestId: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** The header that carries the request id from the caller, through the gateway, to the subgraphs. */
export const REQUEST_ID_HEADER = 'x-request-id';

// Accept a caller's id only if it is short and plain: it is echoed into logs and headers.
const ACCEPTABLE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** Keeps a well-formed incoming request id, or makes a new one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && ACCEPTABLE_REQUEST_ID.test(value) ? value : randomUUID();
}

/** Runs `fn` with `context` as the current request context. */
export function runInRequestContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

/** The current request id, if code is running on behalf of a request. */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
