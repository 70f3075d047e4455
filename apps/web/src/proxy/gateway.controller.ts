import { Body, Controller, Get, HttpCode, Inject, Logger, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { currentRequestId } from '@app/observability';
import { Sessions } from '../session/sessions';
import { GatewayUnavailableError, SessionExpiredError } from '../web.errors';

const logger = new Logger('Gateway');
/** A GraphQL answer slower than this is an outage to the citizen, not a wait. */
const GATEWAY_TIMEOUT_MS = 30_000;
const PUBLIC_TIMEOUT_MS = 10_000;

/**
 * The portal's way to the graph: GraphQL forwarded to the gateway with the session's access
 * token (the browser never holds one), and the public key sets and checkpoint the page
 * verifies proofs with, read through from the gateway and the witness (same origin, no CORS).
 */
@Controller()
export class GatewayController {
  constructor(
    private readonly sessions: Sessions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('graphql')
  @HttpCode(200)
  async graphql(@Req() request: FastifyRequest, @Res() reply: FastifyReply, @Body() body: unknown): Promise<void> {
    const token = await this.sessions.accessToken(request.session);
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
      // The registry no longer accepts the session's token (a key withdrawn, the citizen's
      // trust revoked): the session is over.
      request.session.delete();
      throw new SessionExpiredError();
    }
    await this.relay(upstream, reply, 'no-store');
  }

  @Get('.well-known/jwks.json')
  async registryKeys(@Res() reply: FastifyReply): Promise<void> {
    await this.relay(await this.fetch(`${this.config.web.gatewayUrl}/.well-known/jwks.json`), reply);
  }

  @Get('witness/checkpoint')
  async witnessCheckpoint(@Res() reply: FastifyReply): Promise<void> {
    await this.relay(await this.fetch(`${this.config.witness.url}/checkpoint`), reply, 'no-store');
  }

  @Get('witness/.well-known/jwks.json')
  async witnessKeys(@Res() reply: FastifyReply): Promise<void> {
    await this.relay(await this.fetch(`${this.config.witness.url}/.well-known/jwks.json`), reply);
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
