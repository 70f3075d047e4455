import { ApiError, SESSION_ENDED_EVENT } from './api-error';

/**
 * A JSON call to the portal's own server (same origin; the session cookie goes by itself).
 * Every failure becomes an ApiError: an answer with `{ error: { code, message } }`, or NETWORK.
 */
export async function callServer<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? 'GET',
      credentials: 'same-origin',
      headers:
        init.body === undefined
          ? { accept: 'application/json' }
          : { 'content-type': 'application/json', accept: 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch (error) {
    throw new ApiError('NETWORK', error instanceof Error ? error.message : String(error));
  }
  const requestId = response.headers.get('x-request-id');
  const body = await readJson(response);
  if (!response.ok) {
    const refusal =
      typeof body?.error === 'object' && body.error !== null ? (body.error as Record<string, unknown>) : null;
    const code =
      typeof refusal?.code === 'string'
        ? refusal.code
        : response.status >= 500
          ? 'GATEWAY_UNAVAILABLE'
          : `HTTP_${response.status}`;
    const error = new ApiError(
      code,
      typeof refusal?.message === 'string' ? refusal.message : response.statusText,
      refusal ?? {},
      requestId,
    );
    if (error.sessionEnded) window.dispatchEvent(new CustomEvent(SESSION_ENDED_EVENT));
    throw error;
  }
  // A 200 that is not JSON is not the portal's server (a proxy's page, a captive portal).
  if (body === null && response.status !== 204)
    throw new ApiError('INVALID_RESPONSE', 'the answer was not JSON', {}, requestId);
  return (body ?? undefined) as T;
}

async function readJson(response: Response): Promise<Record<string, unknown> | null> {
  if (response.status === 204) return null;
  try {
    return (await response.json()) as Record<string, unknown>;
  } catch {
    return null;
  }
}
