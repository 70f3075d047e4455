import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Session } from '@fastify/secure-session';
import type { FastifyReply } from 'fastify';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { currentRequestId } from '@app/observability';
import type { SessionSlot, TokenSessions } from '../session/token-sessions';
import { GatewayUnavailableError, SessionExpiredError } from '../web.errors';

const logger = new Logger('Gateway');
/** A GraphQL answer slower than this is an outage to the user, not a wait. */
const GATEWAY_TIMEOUT_MS = 30_000;
const PUBLIC_TIMEOUT_MS = 10_000;

/**
 * The web server's one way to the registry: GraphQL forwarded to the gateway with a session's
 * access token (the browser never holds one), and public documents read through. The portal
 * and the console forward the same way, each with its own session.
 */
@Injectable()
export class GatewayClient {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** POSTs `body` to the gateway's /graphql as the session's user, and relays the answer. */
  async forwardGraphql<K extends SessionSlot>(
    sessions: TokenSessions<K>,
    session: Session,
    body: unknown,
    reply: FastifyReply,
  ): Promise<void> {
    const token = await sessions.accessToken(session);
    const upstream = await this.fetch(`${this.config.web.gatewayUrl}/graphql`, GATEWAY_TIMEOUT_MS, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        authorization: `Bearer ${token}`,
        // Ours, which the gateway keeps as the client request id beside its own.
        ...(currentRequestId() ? { 'x-request-id': currentRequestId()! } : {}),
      },
      body: JSON.stringify(body ?? {}),
    });
    if (upstream.status === 401) {
      // The registry no longer accepts the session's token (a key withdrawn, the user's trust
      // revoked): the session is over.
      sessions.end(session);
      throw new SessionExpiredError();
    }
    await this.relay(upstream, reply, 'no-store');
  }

  /** A public document of the gateway or the witness, read through. */
  async readThrough(url: string, reply: FastifyReply, cacheControl?: string): Promise<void> {
    await this.relay(await this.fetch(url), reply, cacheControl);
  }

  private async fetch(url: string, timeoutMs = PUBLIC_TIMEOUT_MS, init: RequestInit = {}): Promise<Response> {
    try {
      return await fetch(url, { ...init, redirect: 'error', signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      logger.warn(`${url} did not answer: ${error instanceof Error ? error.message : String(error)}`);
      throw new GatewayUnavailableError();
    }
  }

  /** The upstream answer as is (JSON), with its request id; an upstream outage is GATEWAY_UNAVAILABLE. */
  private async relay(upstream: Response, reply: FastifyReply, cacheControl?: string): Promise<void> {
    if (upstream.status >= 502) throw new GatewayUnavailableError();
    let text: string;
    try {
      text = await upstream.text();
    } catch {
      throw new GatewayUnavailableError();
    }
    const requestId = upstream.headers.get('x-request-id');
    if (requestId) void reply.header('x-request-id', requestId);
    void reply
      .status(upstream.status)
      .header('content-type', upstream.headers.get('content-type') ?? 'application/json; charset=utf-8')
      .header('cache-control', cacheControl ?? upstream.headers.get('cache-control') ?? 'no-store')
      .send(text);
  }
}
