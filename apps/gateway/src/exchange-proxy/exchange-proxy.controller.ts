import { BadGatewayException, Body, Controller, Get, Inject, Logger, Param, Post, Res } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';

interface Reply {
  status(code: number): Reply;
  header(name: string, value: string): Reply;
  send(body: unknown): unknown;
}

/** Response headers worth passing on from the exchange. */
const PASSED_HEADERS = ['content-type', 'cache-control', 'pragma', 'www-authenticate'];
/** The exchange's public documents under /.well-known. */
const WELL_KNOWN = /^((dev-)?jwks\.json|oauth-authorization-server)$/;

/**
 * The exchange's public HTTP endpoints on the gateway's host, so an agency needs one
 * address: POST /oauth/token, GET /.well-known/oauth-authorization-server (RFC 8414) and
 * /.well-known/jwks.json (and dev-jwks.json outside production). Forwarded as they are; the
 * exchange decides.
 */
@Controller()
export class ExchangeProxyController {
  private readonly logger = new Logger('ExchangeProxy');
  private readonly exchangeBase: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.exchangeBase = config.subgraphUrls.exchange.replace(/\/graphql$/, '');
  }

  /**
   * The form as parsed, passed on as JSON: a repeated field stays a list and a JSON body keeps
   * its types, so the exchange refuses them (invalid_request) rather than receiving them joined.
   */
  @Post('oauth/token')
  token(@Body() form: unknown, @Res() reply: Reply): Promise<unknown> {
    const fields = typeof form === 'object' && form !== null ? form : {};
    return this.forward('/oauth/token', reply, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(fields),
    });
  }

  @Get('.well-known/:file')
  wellKnown(@Param('file') file: string, @Res() reply: Reply): Promise<unknown> {
    // Refused here, in the shape of any unknown route (RequestErrorFilter), not passed on.
    if (!WELL_KNOWN.test(file)) {
      return Promise.resolve(
        reply.status(404).send({ error: { code: 'NOT_FOUND', message: 'No such file under /.well-known/' } }),
      );
    }
    return this.forward(`/.well-known/${file}`, reply, { method: 'GET' });
  }

  private async forward(path: string, reply: Reply, init: RequestInit): Promise<unknown> {
    let response: Response;
    try {
      response = await fetch(`${this.exchangeBase}${path}`, { ...init, signal: AbortSignal.timeout(10_000) });
    } catch (error) {
      this.logger.error(`exchange unreachable for ${path}: ${(error as Error).message}`);
      throw new BadGatewayException('The exchange is unavailable; try again shortly');
    }
    reply.status(response.status);
    for (const name of PASSED_HEADERS) {
      const value = response.headers.get(name);
      if (value) reply.header(name, value);
    }
    return reply.send(Buffer.from(await response.arrayBuffer()));
  }
}
