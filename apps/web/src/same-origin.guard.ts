import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { OriginRefusedError, UnsupportedMediaTypeError } from './web.errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence for a cookie session: a request that may change anything must come from the
 * portal's own pages (Origin is the portal's, which browsers set on every such request and
 * pages cannot forge) and be JSON (which a cross-site form cannot send without CORS, and we
 * allow no CORS). SameSite=Lax on the cookie is the second lock, not the only one.
 */
@Injectable()
export class SameOriginGuard implements CanActivate {
  private readonly origin: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.origin = new URL(config.web.publicUrl).origin;
  }

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (SAFE_METHODS.has(request.method)) return true;
    const origin = request.headers.origin;
    if (origin !== this.origin) {
      throw origin
        ? new OriginRefusedError(`nguồn ${origin} không phải cổng này`, `origin ${origin} is not this portal`)
        : new OriginRefusedError('thiếu tiêu đề Origin', 'no Origin header');
    }
    if (request.headers['sec-fetch-site'] !== undefined && request.headers['sec-fetch-site'] !== 'same-origin') {
      throw new OriginRefusedError('yêu cầu từ trang khác', 'a request from another site');
    }
    const type = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/json') throw new UnsupportedMediaTypeError();
    return true;
  }
}
