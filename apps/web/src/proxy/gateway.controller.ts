import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { Sessions } from '../session/sessions';
import { GatewayClient } from './gateway-client';

/**
 * The portal's way to the graph: GraphQL forwarded to the gateway with the citizen's access
 * token, and the public key sets and checkpoint the page verifies proofs with, read through
 * from the gateway and the witness (same origin, no CORS).
 */
@Controller()
export class GatewayController {
  constructor(
    private readonly sessions: Sessions,
    private readonly gateway: GatewayClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('graphql')
  @HttpCode(200)
  graphql(@Req() request: FastifyRequest, @Res() reply: FastifyReply, @Body() body: unknown): Promise<void> {
    return this.gateway.forwardGraphql(this.sessions, request.session, body, reply);
  }

  @Get('.well-known/jwks.json')
  registryKeys(@Res() reply: FastifyReply): Promise<void> {
    return this.gateway.readThrough(`${this.config.web.gatewayUrl}/.well-known/jwks.json`, reply);
  }

  @Get('witness/checkpoint')
  witnessCheckpoint(@Res() reply: FastifyReply): Promise<void> {
    return this.gateway.readThrough(`${this.config.witness.url}/checkpoint`, reply, 'no-store');
  }

  @Get('witness/.well-known/jwks.json')
  witnessKeys(@Res() reply: FastifyReply): Promise<void> {
    return this.gateway.readThrough(`${this.config.witness.url}/.well-known/jwks.json`, reply);
  }
}
