import { Injectable, Logger, type NestMiddleware } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { RequestAuthenticator, describePrincipal, type Principal } from '@app/auth';
import { DomainError } from '@app/errors';
import { RateLimiter } from '../protection/rate-limiter';
import { sendRateLimited } from '../protection/rate-limited-reply';

/** The raw request, once the gateway has verified its caller. */
export interface VerifiedRequest extends IncomingMessage {
  principal?: Principal | null;
}

const STATUS_OF_CODE: Record<string, number> = { UNAUTHENTICATED: 401, SERVICE_UNAVAILABLE: 503 };

/**
 * The gateway's cheap first check: a request whose credentials do not verify is answered
 * 401 here, before any planning or subgraph call. A request without credentials goes on
 * (the agency directory is public); the subgraphs refuse it everything else. The subgraphs
 * verify again: this check only saves them the work. Agencies are held here to the requests
 * per minute their agreements allow for the token's purpose (429 with Retry-After); the
 * count is per gateway process.
 */
@Injectable()
export class TokenCheckMiddleware implements NestMiddleware {
  private readonly logger = new Logger('Auth');
  private readonly rateLimiter = new RateLimiter();

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
    const principal = request.principal;
    if (principal?.kind === 'agency' && principal.requestsPerMinute !== null) {
      // The limit the agency's agreements set for this purpose, as the token endpoint read it.
      const verdict = this.rateLimiter.take(
        `${principal.agencyCode}|${principal.purpose}`,
        principal.requestsPerMinute,
      );
      if (!verdict.allowed) {
        this.logger.warn(`rate limited ${describePrincipal(principal)} for ${principal.purpose}`);
        sendRateLimited(response, verdict.retryAfterSeconds);
        return;
      }
    }
    if (principal) this.logger.debug(`caller ${describePrincipal(principal)}`);
    next();
  }
}
