import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { STATUS_CODES } from 'node:http';
import type { AppConfig } from '@app/config';
import { Agent, Headers } from 'undici';

/** What RemoteGraphQLDataSource calls to send a subgraph request. */
export type SubgraphFetcher = NonNullable<
  NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>['fetcher']
>;
type SubgraphResponse = Awaited<ReturnType<SubgraphFetcher>>;

/**
 * The gateway's HTTP client for its subgraphs: one undici agent per gateway process that keeps
 * connections alive and opens at most SUBGRAPH_CONNECTIONS to each subgraph (further requests
 * wait for a free one instead of opening sockets without end). A subgraph that does not connect,
 * send its headers, or falls silent mid-body for SUBGRAPH_TIMEOUT_MS fails the call, which the
 * gateway answers as SERVICE_UNAVAILABLE, rather than holding the caller. It replaces Apollo's
 * default (make-fetch-happen over agent-base, which builds an error stack per request: ~40% of
 * the gateway's busy time). undici's `request`, not its `fetch`: the WHATWG streams behind
 * fetch cost about four times the CPU of the call itself, and the gateway reads every answer
 * whole anyway. The headers are the data source's, as before; redirects are not followed.
 */
export function subgraphFetcher(settings: AppConfig['subgraphCalls']): SubgraphFetcher {
  const agent = new Agent({
    connections: settings.connectionsPerSubgraph,
    connectTimeout: settings.timeoutMs,
    headersTimeout: settings.timeoutMs,
    bodyTimeout: settings.timeoutMs,
  });
  // A gateway calls a handful of subgraph URLs: parse each once.
  const targets = new Map<string, { origin: string; path: string }>();
  const targetOf = (url: string) => {
    let target = targets.get(url);
    if (!target) {
      const parsed = new URL(url);
      target = { origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` };
      targets.set(url, target);
    }
    return target;
  };
  return async (url, init = {}) => {
    const { statusCode, headers, body } = await agent.request({
      ...targetOf(url),
      method: init.method ?? 'GET',
      headers: init.headers,
      body: init.body,
      signal: init.signal as AbortSignal | undefined,
    });
    const received = new Headers();
    for (const [name, value] of Object.entries(headers)) {
      for (const one of Array.isArray(value) ? value : [value ?? '']) received.append(name, one);
    }
    return new ReceivedResponse(url, statusCode, received, await body.text());
  };
}

/** A subgraph's answer, read whole: what RemoteGraphQLDataSource needs of a fetch Response. */
class ReceivedResponse implements SubgraphResponse {
  readonly bodyUsed = false;
  readonly redirected = false;

  constructor(
    readonly url: string,
    readonly status: number,
    readonly headers: Headers,
    private readonly body: string,
  ) {}

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  get statusText(): string {
    return STATUS_CODES[this.status] ?? '';
  }

  text(): Promise<string> {
    return Promise.resolve(this.body);
  }

  json(): Promise<unknown> {
    // A body that is not JSON rejects, as fetch's json() does, rather than throwing.
    return Promise.resolve(this.body).then((body) => JSON.parse(body) as unknown);
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.resolve(new TextEncoder().encode(this.body).buffer);
  }

  clone(): ReceivedResponse {
    return new ReceivedResponse(this.url, this.status, this.headers, this.body);
  }
}
