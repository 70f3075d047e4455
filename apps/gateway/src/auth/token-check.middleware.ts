import { Injectable, Logger, type NestMiddleware } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { RequestAuthenticator, describePrincipal, type Principal } from '@app/auth';
import { DomainError } from '@app/errors';

/** The raw request, once the gateway has verified its caller. */
export interface VerifiedRequest extends IncomingMessage {
  principal?: Principal | null;
}

const STATUS_OF_CODE: Record<string, number> = { UNAUTHENTICATED: 401, SERVICE_UNAVAILABLE: 503 };

/**
 * The gateway's cheap first check: a request whose credentials do not verify is answered
 * 401 here, before any planning or subgraph call. A request without credentials goes on
 * (the agency directory is public); the subgraphs refuse it everything else. The subgraphs
 * verify again: this check only saves them the work.
 */
@Injectable()
export class TokenCheckMiddleware implements NestMiddleware {
  private readonly logger = new Logger('Auth');

  constructor(private readonly authenticator: RequestAuthenticator) {}

  async use(request: VerifiedRequest, response: ServerResponse, next: () => void): Promise<void> {
    try {
      request.principal = await this.authenticator.identify(request);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const status = STATUS_OF_CODE[error.code] ?? 400;
      this.logger.warn(`refused ${request.method} ${request.url}: ${error.message}`);
      response.statusCode = status;
      response.setHeader('Content-Type', 'application/json; charset=utf-8');
      if (status === 401) response.setHeader('WWW-Authenticate', 'Bearer error="invalid_token"');
      response.end(JSON.stringify({ errors: [{ message: error.message, extensions: { code: error.code } }] }));
      return;
    }
    if (request.principal) this.logger.debug(`caller ${describePrincipal(request.principal)}`);
    next();
  }
}
